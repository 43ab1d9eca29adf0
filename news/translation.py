"""The fields of news articles and topics that are written in each of the four languages."""

from modeltranslation.translator import TranslationOptions, register

from news.models import Article, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ["name"]
    required_languages = ["en"]


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = ["title", "summary", "body", "author", "cover_alt", "cover_credit"]
    required_languages = {"en": ["title", "summary"]}
