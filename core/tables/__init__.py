"""Tables: lines of a Document into raw tables (title, header lines, rows of cells), before anyone decides
what they mean. Classifying lines, reading numbers and headers, and finding the tables among the prose."""
