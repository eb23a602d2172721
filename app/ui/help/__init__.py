"""The Help menu: keyboard shortcuts, the quick guide, the data folder, About.

:func:`app.ui.help.menu.build_help_menu` fills the main window's Help menu;
each dialog lives in its own module here.
"""
