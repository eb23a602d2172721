"""PDF review packs and charts (reportlab, matplotlib Agg); no Qt."""
