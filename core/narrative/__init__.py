"""The narrative: what the release's words say beside its tables (figures in prose, company, dates)."""
