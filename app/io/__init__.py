"""Import and export: CRM actuals, register spreadsheets, calendar files; no Qt."""
