"""Widgets of the app: the conversation log, the guard meter and the coaching panel."""
