"""Country landing pages and the partner organisations under them.

A separate app because a partner page owns a subtree (its articles and its support page) and,
with it, the permissions, collections and workflow of that partner.
"""
