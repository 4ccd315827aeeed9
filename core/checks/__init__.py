"""The checks: the arithmetic a careful reader does before trusting a release, and which facts it vouches for."""
