"""Domain: dataclasses, vocabularies and pure rules. No I/O at all."""
