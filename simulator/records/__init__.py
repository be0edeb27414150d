"""A student's records: the transcripts of their sessions.

:mod:`~simulator.records.store` says where transcripts live and writes them atomically under names
no other process can take; :mod:`~simulator.records.format` checks the shape of one read back from
disk. The engine never imports this package: a :class:`~simulator.engine.Session` is handed an
autosave object (a :class:`~simulator.records.store.TranscriptFile`) by the front end that starts it.
"""
