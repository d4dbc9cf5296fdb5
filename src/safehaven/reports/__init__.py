"""PDF reports with reportlab (the reports issue builds this package)."""
