ALTER TABLE site ADD COLUMN verify_key BLOB;
ALTER TABLE site ADD COLUMN signing_key BLOB;
ALTER TABLE site ADD COLUMN place TEXT NOT NULL DEFAULT '';
ALTER TABLE site ADD COLUMN hours TEXT NOT NULL DEFAULT '';
ALTER TABLE site ADD COLUMN joined_at TEXT;
ALTER TABLE site ADD COLUMN removed_at TEXT;
-- A ticket of ours handed over at another site: that site's tag (NULL: here).
ALTER TABLE slip ADD COLUMN handed_elsewhere TEXT;

CREATE TABLE change_log (
    n   INTEGER PRIMARY KEY,
    t   TEXT NOT NULL,
    id  TEXT NOT NULL
);
CREATE TABLE exchange_out (
    seq         INTEGER PRIMARY KEY,
    written_at  TEXT NOT NULL,
    records     INTEGER NOT NULL,
    bytes       INTEGER NOT NULL
);
CREATE TABLE exchange_in (
    site        TEXT PRIMARY KEY,           -- the other site's tag
    applied     INTEGER NOT NULL DEFAULT 0, -- its last file applied, in order
    file_at     TEXT,                       -- when that file was written there
    applied_at  TEXT,                       -- when it was applied here
    waiting     INTEGER NOT NULL DEFAULT 0  -- files there after a gap
);
-- Files not applied and why: refused (damaged, foreign-signed), newer (update aidkiosk),
-- from a removed site. Kept until the file is applied or gone.
CREATE TABLE exchange_problem (
    site    TEXT NOT NULL,
    file    TEXT NOT NULL,
    kind    TEXT NOT NULL CHECK (kind IN ('refused', 'newer', 'removed', 'unknown')),
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL,
    PRIMARY KEY (site, file)
);

CREATE TABLE net_entry (
    site        TEXT NOT NULL,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    category    TEXT NOT NULL,
    quantity    INTEGER NOT NULL,
    urgency     TEXT NOT NULL,
    mode        TEXT NOT NULL,
    status      TEXT NOT NULL,
    language    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    code        TEXT NOT NULL,
    visit_code  TEXT,
    qr          TEXT NOT NULL,   -- SHA-256 of the slip's QR text: a forged QR is refused
    handed_at   TEXT,            -- handed over at its own site
    taken       INTEGER NOT NULL DEFAULT 0, -- handed over at another site (not a record field)
    PRIMARY KEY (site, id)
) WITHOUT ROWID;
CREATE INDEX net_entry_code ON net_entry(code);
CREATE INDEX net_entry_visit ON net_entry(visit_code) WHERE visit_code IS NOT NULL;
-- Open needs per site and category, kept by triggers: the visitors' board reads a few rows, not
-- a year of the network's entries.
CREATE TABLE net_open (
    site      TEXT NOT NULL,
    category  TEXT NOT NULL,
    needs     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (site, category)
) WITHOUT ROWID;
CREATE TRIGGER net_open_new AFTER INSERT ON net_entry
WHEN NEW.kind = 'need' AND NEW.status = 'open' AND NEW.handed_at IS NULL AND NEW.taken = 0 BEGIN
    INSERT INTO net_open (site, category, needs) VALUES (NEW.site, NEW.category, 1)
    ON CONFLICT DO UPDATE SET needs = needs + 1;
END;
CREATE TRIGGER net_open_change AFTER UPDATE ON net_entry BEGIN
    UPDATE net_open SET needs = needs - 1
    WHERE site = OLD.site AND category = OLD.category
      AND OLD.kind = 'need' AND OLD.status = 'open' AND OLD.handed_at IS NULL AND OLD.taken = 0;
    INSERT INTO net_open (site, category, needs)
    SELECT NEW.site, NEW.category, 1
    WHERE NEW.kind = 'need' AND NEW.status = 'open' AND NEW.handed_at IS NULL AND NEW.taken = 0
    ON CONFLICT DO UPDATE SET needs = needs + 1;
END;
CREATE TABLE net_handover (
    site        TEXT NOT NULL,   -- who handed it over (this site too)
    id          TEXT NOT NULL,
    entry_site  TEXT NOT NULL,
    entry_id    TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (site, id)
) WITHOUT ROWID;
CREATE INDEX net_handover_entry ON net_handover(entry_site, entry_id);
-- A ticket of another site handed over anywhere is no longer an open need on the board.
CREATE TRIGGER net_taken AFTER INSERT ON net_handover BEGIN
    UPDATE net_entry SET taken = 1
    WHERE site = NEW.entry_site AND id = NEW.entry_id AND taken = 0;
END;
-- A conflict staff have sorted out (the same ticket handed over twice while apart).
CREATE TABLE net_resolved (
    site        TEXT NOT NULL,
    entry_site  TEXT NOT NULL,
    entry_id    TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (site, entry_site, entry_id)
) WITHOUT ROWID;
-- A need proposed to be met by another site's offer (owned by the need's site), and the
-- offer's site's answer (owned by it).
CREATE TABLE net_proposal (
    site        TEXT NOT NULL,
    id          TEXT NOT NULL,
    need_site   TEXT NOT NULL,
    need_id     TEXT NOT NULL,
    offer_site  TEXT NOT NULL,
    offer_id    TEXT NOT NULL,
    quantity    INTEGER NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (site, id)
) WITHOUT ROWID;
CREATE INDEX net_proposal_offer ON net_proposal(offer_site, offer_id);
CREATE INDEX net_proposal_need ON net_proposal(need_site, need_id);
CREATE TABLE net_answer (
    site           TEXT NOT NULL,
    proposal_site  TEXT NOT NULL,
    proposal_id    TEXT NOT NULL,
    confirmed      INTEGER NOT NULL,
    at             TEXT NOT NULL,
    PRIMARY KEY (site, proposal_site, proposal_id)
) WITHOUT ROWID;
CREATE INDEX net_answer_proposal ON net_answer(proposal_site, proposal_id);
CREATE TABLE net_event (
    site        TEXT NOT NULL,
    id          TEXT NOT NULL,
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    place       TEXT NOT NULL,
    removed_at  TEXT,
    titles      TEXT NOT NULL,   -- JSON {language: title}
    PRIMARY KEY (site, id)
) WITHOUT ROWID;
CREATE TABLE net_stock (
    site        TEXT NOT NULL,
    category    TEXT NOT NULL,
    item        TEXT NOT NULL,
    quantity    INTEGER NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (site, category, item)
) WITHOUT ROWID;
CREATE TABLE net_day (
    site      TEXT NOT NULL,
    day       TEXT NOT NULL,
    category  TEXT NOT NULL,
    kind      TEXT NOT NULL,
    created   INTEGER NOT NULL,
    handed    INTEGER NOT NULL,
    expired   INTEGER NOT NULL,
    PRIMARY KEY (site, day, category, kind)
) WITHOUT ROWID;

CREATE TRIGGER log_entry_new AFTER INSERT ON entry
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('entry', NEW.id);
END;
CREATE TRIGGER log_entry AFTER UPDATE OF status, updated_at ON entry
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('entry', NEW.id);
END;
CREATE TRIGGER log_slip AFTER UPDATE OF picked_up_at ON slip
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('entry', NEW.entry_id);
END;
CREATE TRIGGER log_handover AFTER INSERT ON net_handover
WHEN NEW.site = (SELECT tag FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('handover', NEW.id);
END;
CREATE TRIGGER log_resolved AFTER INSERT ON net_resolved
WHEN NEW.site = (SELECT tag FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('resolved', NEW.entry_site || ':' || NEW.entry_id);
END;
CREATE TRIGGER log_proposal AFTER INSERT ON net_proposal
WHEN NEW.site = (SELECT tag FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('proposal', NEW.id);
END;
CREATE TRIGGER log_answer AFTER INSERT ON net_answer
WHEN NEW.site = (SELECT tag FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('answer', NEW.proposal_site || ':' || NEW.proposal_id);
END;
CREATE TRIGGER log_event_new AFTER INSERT ON event
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('event', NEW.id);
END;
CREATE TRIGGER log_event AFTER UPDATE ON event
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('event', NEW.id);
END;
CREATE TRIGGER log_event_title AFTER INSERT ON event_title
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('event', NEW.event_id);
END;
CREATE TRIGGER log_stock_new AFTER INSERT ON inventory
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('stock', NEW.id);
END;
CREATE TRIGGER log_stock AFTER UPDATE OF quantity ON inventory
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('stock', NEW.id);
END;
CREATE TRIGGER log_day_new AFTER INSERT ON stat_day
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('day', NEW.day || '|' || NEW.category || '|' || NEW.kind);
END;
CREATE TRIGGER log_day AFTER UPDATE ON stat_day
WHEN EXISTS (SELECT 1 FROM site WHERE is_local = 1 AND signing_key IS NOT NULL) BEGIN
    INSERT INTO change_log (t, id) VALUES ('day', NEW.day || '|' || NEW.category || '|' || NEW.kind);
END;
