"""The Risks area: the register, its heat maps, reviews, acceptances and treatment actions."""
