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
    // 4: reports and the data lifecycle. Triggers keep counts per site-local day, so reports
    // stay fast on a year of entries and outlive the purge of personal fields; a need handed
    // over leaves how long it waited. An entry may arrive already handed over or expired (seed,
    // another site's file), so inserts count its end too. Days are the machine's local time
    // (SQLite's 'localtime', the same TZ for the kiosk, the console and the command line).
    r#"
    -- At most categories × 2 rows a day: a year's report reads a few thousand.
    CREATE TABLE stat_day (
        day       TEXT NOT NULL,              -- site-local 'YYYY-MM-DD'
        category  TEXT NOT NULL,
        kind      TEXT NOT NULL,
        created   INTEGER NOT NULL DEFAULT 0, -- entries made that day
        handed    INTEGER NOT NULL DEFAULT 0, -- handed over (needs) or brought in (offers)
        expired   INTEGER NOT NULL DEFAULT 0, -- closed unmet after entry_ttl_days
        PRIMARY KEY (day, category, kind)
    ) WITHOUT ROWID;

    -- Languages apart: crossed with categories they would make the table ten times larger.
    CREATE TABLE stat_language (
        day       TEXT NOT NULL,
        language  TEXT NOT NULL,
        created   INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (day, language)
    ) WITHOUT ROWID;

    -- Kept in day order, so a range of days is read in one sweep.
    CREATE TABLE stat_wait (
        day       TEXT NOT NULL,              -- site-local day it was handed over
        entry_id  TEXT NOT NULL,
        category  TEXT NOT NULL,
        seconds   INTEGER NOT NULL,           -- from the need's slip to the hand-over
        PRIMARY KEY (day, entry_id)
    ) WITHOUT ROWID;

    -- A trigger's WHEN is checked before any of its statements run, so an entry saved at the
    -- kiosk (open) costs two upserts.
    CREATE TRIGGER stat_created AFTER INSERT ON entry BEGIN
        INSERT INTO stat_day (day, category, kind, created)
        VALUES (date(NEW.created_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET created = created + 1;
        INSERT INTO stat_language (day, language, created)
        VALUES (date(NEW.created_at, 'localtime'), NEW.language, 1)
        ON CONFLICT DO UPDATE SET created = created + 1;
    END;
    CREATE TRIGGER stat_handed_insert AFTER INSERT ON entry WHEN NEW.status = 'picked' BEGIN
        INSERT INTO stat_day (day, category, kind, handed)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET handed = handed + 1;
        INSERT OR IGNORE INTO stat_wait (day, entry_id, category, seconds)
        SELECT date(NEW.updated_at, 'localtime'), NEW.id, NEW.category,
               CAST(round((julianday(NEW.updated_at) - julianday(NEW.created_at)) * 86400) AS INTEGER)
        WHERE NEW.kind = 'need';
    END;
    CREATE TRIGGER stat_handed_update AFTER UPDATE OF status ON entry
    WHEN NEW.status = 'picked' AND OLD.status != 'picked' BEGIN
        INSERT INTO stat_day (day, category, kind, handed)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET handed = handed + 1;
        INSERT OR IGNORE INTO stat_wait (day, entry_id, category, seconds)
        SELECT date(NEW.updated_at, 'localtime'), NEW.id, NEW.category,
               CAST(round((julianday(NEW.updated_at) - julianday(NEW.created_at)) * 86400) AS INTEGER)
        WHERE NEW.kind = 'need';
    END;
    CREATE TRIGGER stat_expired_insert AFTER INSERT ON entry WHEN NEW.status = 'closed' BEGIN
        INSERT INTO stat_day (day, category, kind, expired)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET expired = expired + 1;
    END;
    CREATE TRIGGER stat_expired_update AFTER UPDATE OF status ON entry
    WHEN NEW.status = 'closed' AND OLD.status != 'closed' BEGIN
        INSERT INTO stat_day (day, category, kind, expired)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET expired = expired + 1;
    END;

    -- What was there before this version counts too.
    INSERT INTO stat_day (day, category, kind, created)
    SELECT date(created_at, 'localtime'), category, kind, count(*)
    FROM entry WHERE true GROUP BY 1, 2, 3;
    INSERT INTO stat_day (day, category, kind, handed)
    SELECT date(updated_at, 'localtime'), category, kind, count(*)
    FROM entry WHERE status = 'picked' GROUP BY 1, 2, 3
    ON CONFLICT DO UPDATE SET handed = excluded.handed;
    INSERT INTO stat_day (day, category, kind, expired)
    SELECT date(updated_at, 'localtime'), category, kind, count(*)
    FROM entry WHERE status = 'closed' GROUP BY 1, 2, 3
    ON CONFLICT DO UPDATE SET expired = excluded.expired;
    INSERT INTO stat_language (day, language, created)
    SELECT date(created_at, 'localtime'), language, count(*)
    FROM entry WHERE true GROUP BY 1, 2;
    INSERT INTO stat_wait (day, entry_id, category, seconds)
    SELECT date(updated_at, 'localtime'), id, category,
           CAST(round((julianday(updated_at) - julianday(created_at)) * 86400) AS INTEGER)
    FROM entry WHERE status = 'picked' AND kind = 'need';

    -- The desk's queue reads today's entries: by time, not a scan of every entry ever. It
    -- replaces entry_open, whose one remaining use (expiring open entries) entry_matching's
    -- (kind, status) prefix serves.
    DROP INDEX entry_open;
    CREATE INDEX entry_created ON entry(created_at);

    -- The purge finds what still holds personal fields without reading every entry.
    CREATE INDEX entry_personal ON entry(created_at)
    WHERE contact_name IS NOT NULL OR contact_phone IS NOT NULL OR detail IS NOT NULL;
    "#,
    // 5: each entry follows the path of its kind: goods are matched, brought in, set aside and
    // handed over; services are matched and connected. New statuses need a wider CHECK, which
    // SQLite changes only by rebuilding the table (with foreign keys off: see REBUILDS). An
    // offer that was "picked" before was brought in: it is "received" now. Also: one open
    // proposal per need and per offer, names unique whatever their case, stock counted again
    // and undo in the stock log, and why a slip last failed to print.
    r#"
    CREATE TABLE entry_new (
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
                      CHECK (status IN ('open', 'matched', 'ready', 'picked', 'received',
                                        'connected', 'done', 'closed')),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        closed_reason TEXT
    );
    INSERT INTO entry_new (id, site_id, kind, category, quantity, urgency, mode, detail,
                           contact_name, contact_phone, language, status, created_at,
                           updated_at, closed_reason)
    SELECT id, site_id, kind, category, quantity, urgency, mode, detail, contact_name,
           contact_phone, language,
           CASE WHEN kind = 'offer' AND status = 'picked' THEN 'received' ELSE status END,
           created_at, updated_at, CASE WHEN status = 'closed' THEN 'expired' END
    FROM entry;
    DROP TABLE entry;
    ALTER TABLE entry_new RENAME TO entry;

    CREATE INDEX entry_matching ON entry(
        kind, status, category,
        (CASE urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END),
        created_at
    );
    CREATE INDEX entry_created ON entry(created_at);
    CREATE INDEX entry_personal ON entry(created_at)
    WHERE contact_name IS NOT NULL OR contact_phone IS NOT NULL OR detail IS NOT NULL;
    -- What still needs doing at the desk, most urgent and oldest first: few rows of many.
    CREATE INDEX entry_todo ON entry(
        (CASE urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END), created_at
    ) WHERE status IN ('open', 'matched', 'ready', 'connected');
    -- What was finished or closed today, newest first.
    CREATE INDEX entry_finished ON entry(updated_at)
    WHERE status IN ('picked', 'received', 'done', 'closed');

    -- Fulfilled: a need handed over or connected, an offer brought in or connected. Counted
    -- once when an entry becomes fulfilled, and counted off again when a mistake is undone, so
    -- reports count the final state.
    CREATE TRIGGER stat_created AFTER INSERT ON entry BEGIN
        INSERT INTO stat_day (day, category, kind, created)
        VALUES (date(NEW.created_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET created = created + 1;
        INSERT INTO stat_language (day, language, created)
        VALUES (date(NEW.created_at, 'localtime'), NEW.language, 1)
        ON CONFLICT DO UPDATE SET created = created + 1;
    END;
    CREATE TRIGGER stat_handed_insert AFTER INSERT ON entry
    WHEN NEW.status IN ('picked', 'received', 'connected', 'done') BEGIN
        INSERT INTO stat_day (day, category, kind, handed)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET handed = handed + 1;
        INSERT OR IGNORE INTO stat_wait (day, entry_id, category, seconds)
        SELECT date(NEW.updated_at, 'localtime'), NEW.id, NEW.category,
               CAST(round((julianday(NEW.updated_at) - julianday(NEW.created_at)) * 86400) AS INTEGER)
        WHERE NEW.kind = 'need';
    END;
    CREATE TRIGGER stat_handed_update AFTER UPDATE OF status ON entry
    WHEN NEW.status IN ('picked', 'received', 'connected', 'done')
     AND OLD.status NOT IN ('picked', 'received', 'connected', 'done') BEGIN
        INSERT INTO stat_day (day, category, kind, handed)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET handed = handed + 1;
        INSERT OR IGNORE INTO stat_wait (day, entry_id, category, seconds)
        SELECT date(NEW.updated_at, 'localtime'), NEW.id, NEW.category,
               CAST(round((julianday(NEW.updated_at) - julianday(NEW.created_at)) * 86400) AS INTEGER)
        WHERE NEW.kind = 'need';
    END;
    CREATE TRIGGER stat_handed_undo AFTER UPDATE OF status ON entry
    WHEN OLD.status IN ('picked', 'received', 'connected', 'done')
     AND NEW.status NOT IN ('picked', 'received', 'connected', 'done') BEGIN
        UPDATE stat_day SET handed = handed - 1
        WHERE day = date(OLD.updated_at, 'localtime') AND category = OLD.category
          AND kind = OLD.kind AND handed > 0;
        DELETE FROM stat_wait WHERE entry_id = OLD.id;
    END;
    -- Expired: closed unmet because nobody came. Closed at the desk as a duplicate, a
    -- mistake or no longer needed is not unmet demand and is not counted.
    CREATE TRIGGER stat_expired_insert AFTER INSERT ON entry
    WHEN NEW.status = 'closed' AND NEW.closed_reason = 'expired' BEGIN
        INSERT INTO stat_day (day, category, kind, expired)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET expired = expired + 1;
    END;
    CREATE TRIGGER stat_expired_update AFTER UPDATE OF status ON entry
    WHEN NEW.status = 'closed' AND NEW.closed_reason = 'expired' AND OLD.status != 'closed'
    BEGIN
        INSERT INTO stat_day (day, category, kind, expired)
        VALUES (date(NEW.updated_at, 'localtime'), NEW.category, NEW.kind, 1)
        ON CONFLICT DO UPDATE SET expired = expired + 1;
    END;

    -- A goods offer brought in for its need: what came, set aside until the need is handed
    -- over (never free stock), and who took it in.
    ALTER TABLE match ADD COLUMN received_item TEXT;
    ALTER TABLE match ADD COLUMN received_quantity INTEGER;
    ALTER TABLE match ADD COLUMN received_at TEXT;
    ALTER TABLE match ADD COLUMN received_by TEXT REFERENCES staff(id);
    -- The same need (or offer) proposed twice: keep the first.
    UPDATE match SET status = 'cancelled'
    WHERE status = 'proposed' AND rowid NOT IN (
        SELECT min(rowid) FROM match WHERE status = 'proposed' GROUP BY need_id);
    UPDATE match SET status = 'cancelled'
    WHERE status = 'proposed' AND offer_id IS NOT NULL AND rowid NOT IN (
        SELECT min(rowid) FROM match WHERE status = 'proposed' AND offer_id IS NOT NULL
        GROUP BY offer_id);
    CREATE UNIQUE INDEX match_need_proposed ON match(need_id) WHERE status = 'proposed';
    CREATE UNIQUE INDEX match_offer_proposed ON match(offer_id)
    WHERE status = 'proposed' AND offer_id IS NOT NULL;
    CREATE INDEX match_entry ON match(need_id, status);
    CREATE INDEX match_offer ON match(offer_id, status) WHERE offer_id IS NOT NULL;

    -- Names told apart whatever their case: "Lee" and "lee" are one name. Repeats made before
    -- get their creation order as a suffix, so nobody is locked out.
    UPDATE staff SET name = name || ' ' || (
        SELECT count(*) FROM staff s2
        WHERE lower(s2.name) = lower(staff.name) AND s2.rowid < staff.rowid)
    WHERE EXISTS (SELECT 1 FROM staff s2
                  WHERE lower(s2.name) = lower(staff.name) AND s2.rowid < staff.rowid);
    CREATE UNIQUE INDEX staff_name ON staff(lower(name));

    CREATE TABLE inventory_log_new (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        staff_id    TEXT REFERENCES staff(id),
        inventory_id TEXT NOT NULL REFERENCES inventory(id),
        delta       INTEGER NOT NULL,
        entry_id    TEXT REFERENCES entry(id),
        reason      TEXT NOT NULL
                    CHECK (reason IN ('dropoff', 'handout', 'match', 'count', 'undo', 'release'))
    );
    INSERT INTO inventory_log_new SELECT * FROM inventory_log;
    DROP TABLE inventory_log;
    ALTER TABLE inventory_log_new RENAME TO inventory_log;

    -- Why the last print of a slip failed (the printer was off, out of paper …).
    ALTER TABLE slip ADD COLUMN print_error TEXT;
    CREATE INDEX slip_unprinted ON slip(issued_at) WHERE printed_at IS NULL;
    "#,
    // 6: the people to call or deliver to, most urgent and oldest first, without reading the
    // whole queue to find them (the desk's "To call / deliver" and the paper roster).
    r#"
    CREATE INDEX entry_calls ON entry(
        (CASE urgency WHEN 'today' THEN 0 WHEN 'week' THEN 1 ELSE 2 END), created_at
    ) WHERE status IN ('open', 'matched', 'ready', 'connected') AND mode IN ('call', 'delivery');
    "#,
    // 7: several things in one visit, on one ticket. Each thing keeps its own entry and slip
    // row (handed over one by one); the rows after the first carry the printed code of the
    // first in `visit_code`, which is the only code the visitor holds.
    r#"
    ALTER TABLE slip ADD COLUMN visit_code TEXT REFERENCES slip(code);
    CREATE INDEX slip_visit ON slip(visit_code) WHERE visit_code IS NOT NULL;
    "#,
    // 8: members and the time bank. A member is a card (its code signed in the QR, never a
    // name), the language and household size that make a return quick, and an optional
    // nickname; a lost card is revoked and a new one issued for the same member. The ledger
    // is double entry: each transfer has two legs summing to zero, nothing is ever changed or
    // removed (a correction is a reversing transfer), except that a removed member's legs
    // lose their account and stay as anonymous hours. Every row is owned by the site that
    // wrote it (`site_id`), for the network.
    r#"
    CREATE TABLE member (
        id            TEXT PRIMARY KEY,
        site_id       TEXT NOT NULL REFERENCES site(id),
        nickname      TEXT,
        language      TEXT NOT NULL,
        household     INTEGER CHECK (household BETWEEN 1 AND 99),
        created_at    TEXT NOT NULL,
        last_seen_at  TEXT NOT NULL
    );
    CREATE INDEX member_seen ON member(last_seen_at);
    CREATE INDEX member_created ON member(created_at);
    CREATE TABLE member_card (
        code        TEXT PRIMARY KEY,
        member_id   TEXT NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        issued_at   TEXT NOT NULL,
        revoked_at  TEXT
    );
    CREATE UNIQUE INDEX member_card_live ON member_card(member_id) WHERE revoked_at IS NULL;
    CREATE TABLE transfer (
        id          TEXT PRIMARY KEY,
        site_id     TEXT NOT NULL REFERENCES site(id),
        at          TEXT NOT NULL,
        category    TEXT NOT NULL,
        quarters    INTEGER NOT NULL CHECK (quarters BETWEEN 1 AND 96),
        need_id     TEXT,
        offer_id    TEXT,
        staff_id    TEXT REFERENCES staff(id),
        reverses    TEXT UNIQUE REFERENCES transfer(id)
    );
    CREATE INDEX transfer_at ON transfer(at);
    CREATE TABLE leg (
        transfer_id TEXT NOT NULL REFERENCES transfer(id),
        account     TEXT,
        quarters    INTEGER NOT NULL CHECK (quarters != 0)
    );
    CREATE INDEX leg_transfer ON leg(transfer_id);
    CREATE INDEX leg_account ON leg(account) WHERE account IS NOT NULL;
    CREATE TRIGGER transfer_immutable BEFORE UPDATE ON transfer BEGIN
        SELECT RAISE(ABORT, 'the ledger is never changed: record a reversal');
    END;
    CREATE TRIGGER transfer_kept BEFORE DELETE ON transfer BEGIN
        SELECT RAISE(ABORT, 'the ledger is never changed: record a reversal');
    END;
    CREATE TRIGGER leg_kept BEFORE DELETE ON leg BEGIN
        SELECT RAISE(ABORT, 'the ledger is never changed: record a reversal');
    END;
    -- Only a removed member's legs lose their account: never the site's, never a member's
    -- who is still here.
    CREATE TRIGGER leg_only_anonymised BEFORE UPDATE ON leg
    WHEN NEW.account IS NOT NULL OR NEW.quarters != OLD.quarters
      OR NEW.transfer_id != OLD.transfer_id OR OLD.account IS NULL OR OLD.account = 'site'
      OR EXISTS (SELECT 1 FROM member WHERE id = OLD.account) BEGIN
        SELECT RAISE(ABORT, 'the ledger is never changed: record a reversal');
    END;
    -- Two legs a transfer, never a third.
    CREATE TRIGGER leg_two BEFORE INSERT ON leg
    WHEN (SELECT count(*) FROM leg WHERE transfer_id = NEW.transfer_id) >= 2 BEGIN
        SELECT RAISE(ABORT, 'the ledger is never changed: a transfer has two legs');
    END;
    -- Which member made an entry, to count people once (nothing else is kept with it).
    ALTER TABLE entry ADD COLUMN member_id TEXT REFERENCES member(id) ON DELETE SET NULL;
    CREATE INDEX entry_member ON entry(member_id) WHERE member_id IS NOT NULL;
    -- The report's members counted once: the members' entries by time, with all it reads.
    CREATE INDEX entry_member_day ON entry(created_at, kind, category, member_id)
    WHERE member_id IS NOT NULL;
    "#,
    // 9: a network of sites (#14). Each site signs the change files it writes with its own
    // Ed25519 key (the local row holds the signing key, every row its verifying key); other
    // sites' records live in `net_*` tables keyed by their owner's tag and are only ever
    // replaced by that owner's later files, so files applied in any order converge. What this
    // site does to another site's ticket is this site's record (`net_handover`, owner = us).
    // `change_log` is what changed here since the last change file: filled by triggers only
    // while this site is in a network, emptied as files are written.
    include_str!("migration_9_network.sql"),
];

/// Migrations (1-based) that rebuild a table: they run with foreign keys off (SQLite's own
/// procedure for a changed table), and commit only when `foreign_key_check` finds nothing.
pub const REBUILDS: &[usize] = &[5];
