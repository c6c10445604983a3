"""manage.py export_static DIR: the reader site as static files, for mirrors (mirrors.export)."""

from django.core.management.base import BaseCommand, CommandError

from mirrors.export import StaticExport
from mirrors.linkcheck import broken_links


class Command(BaseCommand):
    help = (
        "Write the whole reader site, every locale, as static files into DIR (a mirror). "
        "With --incremental, only what was published since the last export into DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", metavar="DIR")
        parser.add_argument(
            "--incremental",
            action="store_true",
            help="Re-export only what changed since the last export into DIR (full if none).",
        )
        parser.add_argument(
            "--main-url",
            default="",
            help="The main site's address, for links from the mirror (default: the Site's).",
        )
        parser.add_argument(
            "--base-url",
            default="",
            help="The mirror's own address, for sitemap.xml and robots.txt (default: the "
            "main site's addresses are kept).",
        )
        parser.add_argument("--no-index", action="store_true", help="Skip the search index.")
        parser.add_argument(
            "--check", action="store_true", help="Fail when a link in the export is broken."
        )

    def handle(self, *args, folder, incremental, main_url, base_url, no_index, check, **options):
        export = StaticExport(folder, main_url=main_url, base_url=base_url, index=not no_index)
        report = export.incremental() if incremental else export.full()
        self.stdout.write(
            f"{report.mode} export: {report.pages} pages rendered, {report.written} files "
            f"written, {report.removed} removed, in {report.seconds:.1f} s "
            f"(search index {report.index_seconds:.1f} s); {report.bytes / 1_000_000:.1f} MB "
            f"in {folder}"
        )
        for url, status in report.broken:
            self.stderr.write(f"not exported: {url} ({status})")
        if check:
            broken = broken_links(folder)
            if broken:
                for source, link in broken[:50]:
                    self.stderr.write(f"broken link in {source}: {link}")
                raise CommandError(f"{len(broken)} broken links in the export.")
            self.stdout.write("Link check: no broken links.")
