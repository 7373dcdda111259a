"""The Leden & rooster page: members, terms, commissies, the rooster timeline."""
