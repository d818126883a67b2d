//! Numbered schema migrations, tracked in `PRAGMA user_version`. Append only: a released
//! migration is never edited, a change is a new one.

/// Migration N (1-based) is `MIGRATIONS[N - 1]`.
pub const MIGRATIONS: &[&str] = &[
    // 1: the visitor spine.
    r#"
    CREATE TABLE site (
        id          TEXT PRIMARY KEY,            -- ULID
        tag         TEXT NOT NULL UNIQUE,        -- short id carried in QR payloads
        name        TEXT NOT NULL,
        secret      BLOB NOT NULL,               -- HMAC key for slip payloads
        is_local    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL
    );
    CREATE UNIQUE INDEX site_one_local ON site(is_local) WHERE is_local = 1;

    CREATE TABLE staff (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        role            TEXT NOT NULL CHECK (role IN ('volunteer', 'coordinator')),
        pin_hash        TEXT NOT NULL,
        active          INTEGER NOT NULL DEFAULT 1,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until    TEXT,
        created_at      TEXT NOT NULL
    );

    CREATE TABLE entry (
        id            TEXT PRIMARY KEY,
        site_id       TEXT NOT NULL REFERENCES site(id),
        kind          TEXT NOT NULL CHECK (kind IN ('need', 'offer')),
        category      TEXT NOT NULL,
        quantity      INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 99),
        urgency       TEXT NOT NULL CHECK (urgency IN ('today', 'week', 'flexible')),
        mode          TEXT NOT NULL CHECK (mode IN ('pickup', 'delivery', 'call')),
        detail        TEXT,
        contact_name  TEXT,
        contact_phone TEXT,
        language      TEXT NOT NULL,
        status        TEXT NOT NULL DEFAULT 'open'
                      CHECK (status IN ('open', 'matched', 'picked', 'closed')),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    );
    CREATE INDEX entry_open ON entry(status, category, created_at);

    CREATE TABLE slip (
        code            TEXT PRIMARY KEY,
        entry_id        TEXT NOT NULL UNIQUE REFERENCES entry(id),
        issued_at       TEXT NOT NULL,
        printed_at      TEXT,
        print_attempts  INTEGER NOT NULL DEFAULT 0,
        picked_up_at    TEXT,
        picked_up_by    TEXT REFERENCES staff(id)
    );

    CREATE TABLE audit (
        id        INTEGER PRIMARY KEY,
        at        TEXT NOT NULL,
        staff_id  TEXT REFERENCES staff(id),
        action    TEXT NOT NULL,
        subject   TEXT,
        detail    TEXT
    );

    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // 2: the staff desk: console lockouts, inventory, matches, and an index for matching.
    r#"
    CREATE TABLE console_lock (
        console       TEXT PRIMARY KEY,
        failed        INTEGER NOT NULL DEFAULT 0,
        locked_until  TEXT
    );

    CREATE TABLE inventory (
        id          TEXT PRIMARY KEY,
        category    TEXT NOT NULL,
        item        TEXT NOT NULL,
        quantity    INTEGER NOT NULL CHECK (quantity >= 0),
        updated_at  TEXT NOT NULL,
        UNIQUE (category, item)
    );

    CREATE TABLE inventory_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        staff_id    TEXT REFERENCES staff(id),
        inventory_id TEXT NOT NULL REFERENCES inventory(id),
        delta       INTEGER NOT NULL,
        entry_id    TEXT REFERENCES entry(id),
        reason      TEXT NOT NULL CHECK (reason IN ('dropoff', 'handout', 'match'))
    );

    CREATE TABLE match (
        id            TEXT PRIMARY KEY,
        need_id       TEXT NOT NULL REFERENCES entry(id),
        offer_id      TEXT REFERENCES entry(id),
        inventory_id  TEXT REFERENCES inventory(id),
        quantity      INTEGER NOT NULL CHECK (quantity >= 1),
        status        TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'cancelled')),
        proposed_by   TEXT REFERENCES staff(id),
        proposed_at   TEXT NOT NULL,
        confirmed_by  TEXT REFERENCES staff(id),
        confirmed_at  TEXT,
        CHECK ((offer_id IS NULL) != (inventory_id IS NULL))
    );
    CREATE INDEX match_status ON match(status, proposed_at);

    -- Open entries of one kind and category, most urgent and oldest first.
    CREATE INDEX entry_matching ON entry(
        kind, status, category,
        (CASE urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END),
        created_at
    );
    "#,
    // 3: gatherings staff post for visitors, with a title per language.
    r#"
    CREATE TABLE event (
        id          TEXT PRIMARY KEY,
        starts_at   TEXT NOT NULL,      -- site-local 'YYYY-MM-DDTHH:MM'
        ends_at     TEXT NOT NULL,
        place       TEXT NOT NULL,
        created_by  TEXT REFERENCES staff(id),
        created_at  TEXT NOT NULL,
        removed_at  TEXT
    );
    CREATE INDEX event_upcoming ON event(ends_at) WHERE removed_at IS NULL;

    CREATE TABLE event_title (
        event_id  TEXT NOT NULL REFERENCES event(id),
        language  TEXT NOT NULL,
        title     TEXT NOT NULL,
        PRIMARY KEY (event_id, language)
    );
    "#,
];
