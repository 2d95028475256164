import GRDB

/// The SQLite schema, as GRDB migrations: add a migration for every change, never edit a shipped one.
public enum OilStatSchema {
    /// The migrator that creates and upgrades an OilStat database.
    package static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: producers, groups, figures, agreements, imports") { db in
            // The view decodes the key through FigureKey's layout (the SQL text is the same as when v1 shipped).
            func key(_ field: FigureKey.Field) -> String { field.sql(of: "f.id") }
            try db.execute(
                sql: """
                    CREATE TABLE producer (
                        id INTEGER PRIMARY KEY,
                        code TEXT NOT NULL UNIQUE,
                        alpha3 TEXT,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL DEFAULT 'country' CHECK (kind IN ('country', 'aggregate'))
                    );
                    CREATE TABLE producer_alias (
                        alias TEXT PRIMARY KEY COLLATE NOCASE,
                        producerId INTEGER NOT NULL REFERENCES producer(id) ON DELETE CASCADE
                    );
                    CREATE TABLE producer_group (
                        id TEXT PRIMARY KEY COLLATE NOCASE,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        description TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE group_membership (
                        groupId TEXT NOT NULL REFERENCES producer_group(id) ON DELETE CASCADE,
                        producerId INTEGER NOT NULL REFERENCES producer(id),
                        fromMonth TEXT NOT NULL,
                        toMonth TEXT,
                        note TEXT NOT NULL DEFAULT '',
                        source TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (groupId, producerId, fromMonth),
                        CHECK (toMonth IS NULL OR toMonth >= fromMonth)
                    );
                    CREATE TABLE source (
                        id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 1023),
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        description TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE product (id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 255), code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
                    CREATE TABLE flow (id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 255), code TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
                    CREATE TABLE unit (id INTEGER PRIMARY KEY CHECK (id BETWEEN 1 AND 255), code TEXT NOT NULL UNIQUE);
                    CREATE TABLE import (
                        id INTEGER PRIMARY KEY,
                        fileName TEXT NOT NULL,
                        sha256 TEXT NOT NULL,
                        format TEXT NOT NULL,
                        vintage TEXT NOT NULL DEFAULT '',
                        importedAt TEXT NOT NULL,
                        seconds REAL NOT NULL DEFAULT 0,
                        rowsRead INTEGER NOT NULL DEFAULT 0,
                        rowsStored INTEGER NOT NULL DEFAULT 0,
                        rowsMissing INTEGER NOT NULL DEFAULT 0,
                        rowsSkipped INTEGER NOT NULL DEFAULT 0
                    );
                    -- id is the FigureKey: source | producer | month | product | flow | unit, packed.
                    -- importId is not a declared foreign key so bulk loads skip a lookup per row;
                    -- it always names a row of import (written in the same transaction).
                    CREATE TABLE production_figure (
                        id INTEGER PRIMARY KEY,
                        value REAL NOT NULL,
                        assessment INTEGER,
                        importId INTEGER NOT NULL,
                        note TEXT
                    );
                    CREATE VIEW production AS
                        SELECT s.name AS source, p.code AS producer, p.name AS producerName,
                               printf('%04d-%02d', (\(key(.monthIndex))) / 12, (\(key(.monthIndex))) % 12 + 1) AS month,
                               pr.code AS product, fl.code AS flow, u.code AS unit,
                               f.value, f.assessment, f.importId, f.note
                        FROM production_figure f
                        JOIN source s ON s.id = \(key(.source))
                        JOIN producer p ON p.id = \(key(.producer))
                        JOIN product pr ON pr.id = \(key(.product))
                        JOIN flow fl ON fl.id = \(key(.flow))
                        JOIN unit u ON u.id = \(key(.unit));
                    CREATE TABLE agreement (
                        id TEXT PRIMARY KEY COLLATE NOCASE,
                        name TEXT NOT NULL,
                        fromMonth TEXT NOT NULL,
                        toMonth TEXT NOT NULL,
                        description TEXT NOT NULL DEFAULT '',
                        source TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE agreement_phase (
                        agreementId TEXT NOT NULL REFERENCES agreement(id) ON DELETE CASCADE,
                        phase TEXT NOT NULL,
                        fromMonth TEXT NOT NULL,
                        toMonth TEXT NOT NULL,
                        totalAdjustmentKBD REAL,
                        note TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (agreementId, phase)
                    );
                    CREATE TABLE agreement_quota (
                        agreementId TEXT NOT NULL,
                        phase TEXT NOT NULL,
                        producerId INTEGER NOT NULL REFERENCES producer(id),
                        side TEXT NOT NULL CHECK (side IN ('OPEC', 'non-OPEC')),
                        referenceMonth TEXT,
                        referenceKBD REAL,
                        adjustmentKBD REAL,
                        requiredKBD REAL,
                        exempt INTEGER NOT NULL DEFAULT 0,
                        note TEXT NOT NULL DEFAULT '',
                        source TEXT NOT NULL DEFAULT '',
                        PRIMARY KEY (agreementId, phase, producerId),
                        FOREIGN KEY (agreementId, phase) REFERENCES agreement_phase(agreementId, phase) ON DELETE CASCADE
                    );
                    """)
            for product in Product.builtIn {
                try db.execute(
                    sql: "INSERT INTO product (id, code, name) VALUES (?, ?, ?)",
                    arguments: [product.id, product.code, product.name])
            }
            for flow in Flow.builtIn {
                try db.execute(
                    sql: "INSERT INTO flow (id, code, name) VALUES (?, ?, ?)",
                    arguments: [flow.id, flow.code, flow.name])
            }
            for unit in UnitCode.builtIn {
                try db.execute(sql: "INSERT INTO unit (id, code) VALUES (?, ?)", arguments: [unit.id, unit.code])
            }
        }
        migrator.registerMigration("v2: annual figures (Energy Institute)") { db in
            // Annual series such as the Energy Institute's oilprod_kbd, oilprod_mt: one value per
            // source, producer, year and variable; re-importing replaces.
            try db.execute(
                sql: """
                    CREATE TABLE annual_figure (
                        sourceId INTEGER NOT NULL REFERENCES source(id),
                        producerId INTEGER NOT NULL REFERENCES producer(id),
                        year INTEGER NOT NULL,
                        variable TEXT NOT NULL,
                        value REAL NOT NULL,
                        importId INTEGER NOT NULL,
                        PRIMARY KEY (sourceId, producerId, year, variable)
                    ) WITHOUT ROWID
                    """)
        }
        migrator.registerMigration("v3: withdrawn figures per import") { db in
            // How many figures of earlier imports an import withdrew (dropped or marked missing in the newer file).
            try db.execute(sql: "ALTER TABLE import ADD COLUMN rowsWithdrawn INTEGER NOT NULL DEFAULT 0")
        }
        migrator.registerMigration("v4: vintages (figure revisions, publications)") { db in
            // production_figure keeps the latest vintage of each key (default reads stay one seek); every earlier
            // value lives in figure_revision with its validity [vintage, supersededBy). Vintages are publication
            // days packed as YYYYMMDD (PublicationDate); 0 = undated. Nothing is deleted by an import any more.
            // A current row's vintage NULL means its import's (import.vintageDay): a bulk import of one release
            // writes no vintage per row, so its rows stay as small as before (CurrentVintage.sql reads it).
            try db.execute(
                sql: """
                    ALTER TABLE production_figure ADD COLUMN vintage INTEGER;
                    ALTER TABLE import ADD COLUMN vintageDay INTEGER NOT NULL DEFAULT 0;
                    CREATE TABLE figure_revision (
                        id INTEGER NOT NULL,
                        vintage INTEGER NOT NULL,
                        value REAL NOT NULL,
                        assessment INTEGER,
                        importId INTEGER NOT NULL,
                        note TEXT,
                        supersededBy INTEGER NOT NULL,
                        PRIMARY KEY (id, vintage),
                        CHECK (supersededBy >= vintage)
                    ) WITHOUT ROWID;
                    CREATE TABLE publication (
                        sourceId INTEGER NOT NULL,
                        vintage INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        PRIMARY KEY (sourceId, vintage)
                    ) WITHOUT ROWID;
                    ALTER TABLE import ADD COLUMN rowsNew INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE import ADD COLUMN rowsRevised INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE import ADD COLUMN rowsReplaced INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE import ADD COLUMN rowsUnchanged INTEGER NOT NULL DEFAULT 0;
                    """)
        }
        return migrator
    }
}
