"""What leaves the vault: the police/school dossier and the letters."""
