"""Writes the update-test fixtures (run from this folder: python3 make_fixtures.py). See README.md for provenance."""
import json, zipfile

JODI_HEADER = "REF_AREA,TIME_PERIOD,ENERGY_PRODUCT,FLOW_BREAKDOWN,UNIT_MEASURE,OBS_VALUE,ASSESSMENT_CODE"
# The 15 real rows of OpenBB's JODI fixture (data anchors section 1), in the file's order.
JODI_ROWS = """SA,2024-01,CRUDEOIL,INDPROD,CONVBBL,7323.0000,3
SA,2024-01,CRUDEOIL,INDPROD,KBBL,277636.0000,1
SA,2024-01,CRUDEOIL,INDPROD,KBD,8956.0000,1
SA,2024-01,CRUDEOIL,INDPROD,KL,44140.6722,1
SA,2024-01,CRUDEOIL,INDPROD,KTONS,37912.8772,1
SA,2024-02,CRUDEOIL,INDPROD,KBBL,261319.0000,1
SA,2024-02,CRUDEOIL,INDPROD,KBD,9011.0000,1
SA,2024-01,CRUDEOIL,CLOSTLV,KBD,x,3
SA,2024-01,CRUDEOIL,OSOURCES,KBBL,-,3
US,2024-01,CRUDEOIL,INDPROD,KBBL,389161.0000,1
US,2024-01,CRUDEOIL,INDPROD,KBD,12553.5806,1
US,2024-02,CRUDEOIL,INDPROD,KBD,13102.0690,1
US,2024-01,CRUDEOIL,STATDIFF,KBD,-422.4194,3
RU,2024-01,CRUDEOIL,INDPROD,CONVBBL,7356.0000,3
RU,2024-01,CRUDEOIL,INDPROD,KBD,-,3""".split("\n")


def write_zip(path, name, text):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo(name, (2024, 4, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text)


# The January release (only the 2024-01 rows) and the February release (all 15 rows, 2024-02 added).
january = [row for row in JODI_ROWS if ",2024-01," in row]
write_zip("jodi_release_2024_01.zip", "world_Primary_CSV.csv", "\r\n".join([JODI_HEADER] + january) + "\r\n")
write_zip("jodi_release_2024_02.zip", "world_Primary_CSV.csv", "\r\n".join([JODI_HEADER] + JODI_ROWS) + "\r\n")

# EIA: Oct 2018 figures (kb/d) of the bundled dataset (Data/production.csv, sources cited there) in EIA's shapes.
# (alpha-3, name, type, value); WORL is the 2018 world crude average of OPEC's Annual Statistical Bulletin.
EIA = [
    ("SAU", "Saudi Arabia", "c", "10633"), ("IRQ", "Iraq", "c", "4653"), ("ARE", "United Arab Emirates", "c", "3168"),
    ("NGA", "Nigeria", "c", "1829"), ("AGO", "Angola", "c", "1528"), ("DZA", "Algeria", "c", "1057"),
    ("ECU", "Ecuador", "c", "524"), ("COG", "Congo-Brazzaville", "c", "325"), ("GAB", "Gabon", "c", "187"),
    ("GNQ", "Equatorial Guinea", "c", "127"), ("RUS", "Russia", "c", "11400"), ("USA", "United States", "c", "11537"),
    ("MEX", "Mexico", "c", "1753"), ("OMN", "Oman", "c", "883"), ("MYS", "Malaysia", "c", "595"),
    ("BHR", "Bahrain", "c", "205"), ("SSD", "South Sudan", "c", "130"), ("BRN", "Brunei", "c", "102"),
    ("SDN", "Sudan", "c", "75"), ("IRN", "Iran", "c", "--"), ("OPEC", "OPEC", "r", "32900"),
    ("WORL", "World", "r", "75780"),
]


def api_row(code, name, kind, value, period="2018-10"):
    return {"period": period, "productId": "57", "productName": "Crude oil including lease condensate",
            "activityId": "1", "activityName": "Production", "countryRegionId": code, "countryRegionName": name,
            "countryRegionTypeId": kind, "countryRegionTypeName": "Country" if kind == "c" else "Region",
            "dataFlagId": None, "dataFlagDescription": None, "unitName": "thousand barrels per day",
            "value": value, "unit": "TBPD"}


# Russia Jan 2019: 11.38 mb/d, Energy Ministry data (https://argentinashale.com/produccion/rusia-bombeo-de-crudo-cae-en-enero-sin-cumplir-con-pacto-global,
# http://www.teraz.sk/ekonomika/rusko-znizilo-v-januari-produkciu-rop/376329-clanok.html), the first month of the
# Dec 2018 OPEC+ cut (Russia's reference: Oct 2018, 11,400).
rows = [api_row(*item) for item in EIA] + [api_row("USA", "United States", "c", "11458", "2018-09"),
                                           api_row("RUS", "Russia", "c", "11380", "2019-01")]
total = len(rows)
for page, offset in enumerate(range(0, total, 10), start=1):
    body = {"response": {"total": str(total), "dateFormat": "YYYY-MM", "frequency": "monthly",
                         "data": rows[offset:offset + 10],
                         "description": "International energy data (fixture page %d of 3)" % page},
            "request": {"command": "/v2/international/data/", "params": {
                "frequency": "monthly", "data": ["value"],
                "facets": {"productId": ["57"], "activityId": ["1"], "unit": ["TBPD"]},
                "sort": [{"column": "period", "direction": "asc"}], "offset": offset, "length": 5000}},
            "apiVersion": "2.1.13", "ExcelAddInVersion": "2.1.0"}
    with open("eia_v2_page%d.json" % page, "w") as f:
        json.dump(body, f, separators=(",", ":"))
        f.write("\n")

lines = []
for code, name, kind, value in EIA:
    data = [["201810", value]] + ([["201809", "11458"]] if code == "USA" else [])
    data = ([["201901", "11380"]] if code == "RUS" else []) + data
    lines.append(json.dumps({"series_id": "INTL.57-1-%s-TBPD.M" % code,
                             "name": "Crude oil including lease condensate production, %s, Monthly" % name,
                             "units": "Thousand Barrels Per Day", "f": "M", "unitsshort": "TBPD",
                             "source": "EIA, U.S. Energy Information Administration", "iso3166": code,
                             "last_updated": "2019-01-31T12:00:00-05:00", "data": data}, separators=(",", ":")))
lines.append(json.dumps({"category_id": "2134384", "parent_category_id": "2134383",
                         "name": "Crude oil including lease condensate production",
                         "childseries": ["INTL.57-1-SAU-TBPD.M"]}, separators=(",", ":")))
write_zip("INTL.zip", "INTL.txt", "\n".join(lines) + "\n")
