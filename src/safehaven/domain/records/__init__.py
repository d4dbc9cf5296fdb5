"""The records of the vault, by the part of the work they belong to (domain/models.py
names them all)."""
