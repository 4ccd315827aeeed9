"""Readers: bytes of any form a release comes in (text, HTML, PDF, an EDGAR submission) into one Document of
fixed-width lines, so that everything downstream reads a single form. core.parse picks the reader."""
