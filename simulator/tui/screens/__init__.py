"""One module per screen: picker, briefing, chat, debrief, and the keys overlay."""
