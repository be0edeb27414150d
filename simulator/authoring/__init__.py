"""Tools for instructors who write clients: drawing, scaffolding, testing and exploring them.

Each module here works on the same typed models and engine rules that a session uses, so what an
instructor sees while writing a client is what a student meets when playing it.
"""
