"""What this laptop keeps about replication, beside the records themselves.

The store keeps the vault: its keys, schema, writer, reads and history. Everything that
exists only because laptops exchange change sets lives here: applying a received change
set (`apply`) after the receiver's checks (`receive_check`, `dose_check`), the ones parked
until they can be applied (`quarantine`, `pending`), how each travelled (`relay`), what
this laptop sends (`outbox`) and has applied (`applied_log`), the other laptops and their
keys (`peers`, `device_keys`), the server this laptop talks to (`server_link`) and the
conflicts a merge kept (`conflicts`). It is the only part of `sync` that writes SQL.
"""
