"""The Textual front end: pick a client, talk, watch the guard move, read the debrief.

It drives the same :class:`simulator.engine.Session` as the plain mode, so everything the app shows
(the guard, the coding, the debrief) is what the engine and the scorer decided; the app only draws
it. Nothing outside this package imports Textual.
"""
