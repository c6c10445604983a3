"""Turn two-step verification off for an account whose phone and backup codes are both lost."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from admin_2fa import devices


class Command(BaseCommand):
    help = "Turn two-step verification off for one admin account (lost phone and backup codes)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user_model = get_user_model()
        try:
            user = user_model.objects.get(**{user_model.USERNAME_FIELD: username})
        except user_model.DoesNotExist as error:
            raise CommandError(f"No account called {username!r}.") from error
        devices.turn_off(user)
        self.stdout.write(
            f"Two-step verification is off for {username}: they sign in with their password "
            "and can turn it on again from their Account page."
        )
