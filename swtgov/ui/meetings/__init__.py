"""The Vergaderingen page: year view, agenda, attendance, minutes, registers."""
