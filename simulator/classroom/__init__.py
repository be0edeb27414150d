"""Classrooms: drills run by a whole class, and results an instructor can trust.

- :mod:`~simulator.classroom.catalogue`: the drills on offer and the clients they use;
- :mod:`~simulator.classroom.limits`: time and reply limits, on an injectable clock;
- :mod:`~simulator.classroom.session`: a session exercise (a :class:`~simulator.engine.Session` that
  keeps the drill's limits and hint rule) and its goal;
- :mod:`~simulator.classroom.skills`: skills items, graded and saved as the student answers;
- :mod:`~simulator.classroom.run`: one student's run of a drill, exercise by exercise;
- :mod:`~simulator.classroom.plain`: the line-mode front end of a drill;
- :mod:`~simulator.classroom.verify`: replaying a handed-in file to prove what it records;
- :mod:`~simulator.classroom.results`: per-student and per-class figures;
- :mod:`~simulator.classroom.splits`: where students' paths through a session divided;
- :mod:`~simulator.classroom.text`, :mod:`~simulator.classroom.csvfile`,
  :mod:`~simulator.classroom.htmlreport` (with :mod:`~simulator.classroom.svg`): the results as a
  terminal report, a spreadsheet and one self-contained web page.

Nothing here imports Textual: the app's drill screens (``simulator/tui/screens/drill*.py``) drive
the same objects the plain mode drives.
"""
