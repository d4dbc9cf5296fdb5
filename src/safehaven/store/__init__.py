"""Storage: the vault (keys), the SQLCipher connection, schema, repositories, change log."""
