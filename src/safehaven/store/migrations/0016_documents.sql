-- 0016: documents kept with a young person's record (issue 29). The row travels as any
-- record does; the content is in `document_chunks`, encrypted under the document's own key
-- and named by the hash of its ciphertext. Chunks are this laptop's copy of the content:
-- they travel apart from change sets (records never wait behind a file), so `sent` says
-- whether the server has had this one.
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL,
    resident_id     TEXT NOT NULL REFERENCES residents(id),
    kind            TEXT NOT NULL,
    title           TEXT NOT NULL,
    access          TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    size            INTEGER NOT NULL,
    chunks          TEXT NOT NULL DEFAULT '[]',
    added_by        TEXT NOT NULL,
    added_at        TEXT NOT NULL,
    dated           TEXT,
    file_key        TEXT,
    sealed_key      TEXT,
    about_table     TEXT,
    about_id        TEXT,
    removed_at      TEXT,
    removed_by      TEXT,
    removed_reason  TEXT
);
CREATE INDEX documents_resident ON documents (resident_id);

CREATE TABLE document_chunks (
    id    TEXT PRIMARY KEY,   -- sha256 of `data`, hex
    data  BLOB NOT NULL,      -- nonce + AES-256-GCM(document key, the content's slice)
    sent  INTEGER NOT NULL DEFAULT 0
);
-- what the round sends: found without reading every chunk
CREATE INDEX document_chunks_unsent ON document_chunks (sent) WHERE sent = 0;
