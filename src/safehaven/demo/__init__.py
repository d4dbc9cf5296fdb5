"""The demo house: invented residents and their records, deterministic by seed, for the
demo vault, the tests and the benchmarks. It writes through the services, as a screen
would, so every record is one the app itself could have made."""
