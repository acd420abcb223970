"""Excel import and export (openpyxl, no Qt). Arrives with the Excel issue."""
