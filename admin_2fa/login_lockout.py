"""Admin sign-in lockout (django-axes): what its log lines say, and its lockout page
(`admin_2fa/login_locked_out.html`, settings `AXES_*` in site_config/settings/base.py)."""


def client_str_without_address(username, ip_address, user_agent, path_info, request) -> str:
    """What django-axes writes in its log lines: the account and the URL, never an IP address."""
    return f"{{username: {username!r}, path_info: {path_info!r}}}"
