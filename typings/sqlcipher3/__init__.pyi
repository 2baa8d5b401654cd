# sqlcipher3 ships no type information; app/ uses only its dbapi2 module (dbapi2.pyi).
