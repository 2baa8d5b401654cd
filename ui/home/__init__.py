"""'Vandaag': the home screen after unlocking ('te doen' with the rest of the day)."""
