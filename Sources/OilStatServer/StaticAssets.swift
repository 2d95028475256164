import OilStatReport

/// The dashboard's style sheet and script, served by the app itself (no CDN): `/static/oilstat.css` and
/// `/static/oilstat.js`. The script only submits the pickers when they change; every page reads without it.
public enum StaticAssets {
    /// The style sheet: the HTML report's, plus navigation, forms and the conformity heat map.
    public static let styleSheet =
        HTMLReport.styleSheet + "\n"
            + """
            header nav { display: flex; flex-wrap: wrap; gap: 1rem; border-bottom: 1px solid #DDDDDD; \
            padding-bottom: 0.5rem; }
            header nav a { color: #0B5394; text-decoration: none; }
            header nav a:hover { text-decoration: underline; }
            form.picker { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; margin: 1rem 0; }
            form.picker label { display: flex; flex-direction: column; font-size: 0.85rem; color: #555555; }
            form.picker input, form.picker select, form.picker button { font-size: 1rem; padding: 0.2rem 0.4rem; }
            p.steps a { margin-right: 1rem; }
            p.error { color: #9C2A00; font-weight: bold; }
            td.heat { text-align: right; font-variant-numeric: tabular-nums; }
            td.heat-high { background: #CFE8CF; }
            td.heat-mid { background: #FFF1B8; }
            td.heat-low { background: #F8C9B8; }
            footer { margin-top: 3rem; font-size: 0.8rem; color: #555555; }
            """ + "\n"

    /// The script: pickers marked `data-autosubmit` submit themselves when a value changes.
    public static let script = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
            form.querySelectorAll("select, input[type=month]").forEach(function (field) {
              field.addEventListener("change", function () { form.submit(); });
            });
          });
        });

        """
}
