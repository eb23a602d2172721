"""The Qt face of Outpost: main window, panes, table models, dialogs and workers.

Only this package imports PySide6; it talks to the data through ``app.services``.
"""
