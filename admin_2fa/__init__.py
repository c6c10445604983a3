"""Optional two-step (TOTP) verification for the Wagtail admin, built on django-otp.

It is its own app because it replaces wagtail-2fa, which no longer imports on Wagtail 8 (it still
uses `wagtail.users.widgets.UserListingButton`, removed in Wagtail 8: labd/wagtail-2fa#283).
Once wagtail-2fa supports Wagtail 8 again this app could be swapped for it; django-otp's device
tables (`otp_totp`, `otp_static`) are the same ones wagtail-2fa uses.

What lives here: the admin gate (`middleware`), the code check with its limits (`devices`), the
enrol / verify / turn-off views, the Account-page panel (`wagtail_hooks`) and the
`admin_2fa_reset` command for an editor who lost their phone and their backup codes. The rest of
the admin sign-in's protection lives here too: django-axes' lockout page and what its log lines
say (`login_lockout`; the client address it counts is `core/client_address.py`).

What it must not do: touch a reader's request. The middleware returns at once for every path
outside the admin, so reader pages never load a device, a session or a cookie because of it.
"""
