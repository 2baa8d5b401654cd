"""Evidence of online bullying: reading chat exports and other captured material."""
