"""Date and number formats for the languages Django ships none for (FORMAT_MODULE_PATH).

Django 5.2 has format modules for en, sv, ka, ro and ru but not for hy (Armenian) or be
(Belarusian); without these, those pages would show English-style dates and numbers.
"""
