"""The admin of ICLEI staff: editions with their categories and jury, criteria, applications,
and the jury's progress and ranking."""

from typing import NamedTuple

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import ValidationError
from django.db.models import Case, Q, When
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from awards import judging, results
from awards.forms import ApplicationForm
from awards.models import (
    TEXT_FIELDS,
    Application,
    Attachment,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
)
from procura.admin_views import admin_object_or_404
from procura.exports import Column, csv_response
from procura.languages import in_every_language
from procura.translation_admin import TranslationStatusAdmin


class CategoryInline(TranslationStackedInline):
    model = AwardCategory
    extra = 0
    show_change_link = True  # its judging criteria are edited on the category's own page
    prepopulated_fields = {"slug": ["name_en"]}


def person(user) -> str:
    """A user as the jury's picker shows them: name and address, since names repeat."""
    name = user.get_full_name()
    return f"{name} <{user.email}>" if name else user.email


class JuryUserSearch(AutocompleteJsonView):
    """The users the jury's picker offers, found as the users list finds them, with name and
    address, and those whose address or name is exactly what was typed first."""

    def serialize_result(self, obj, to_field_name):
        return {"id": str(getattr(obj, to_field_name)), "text": person(obj)}

    def get_queryset(self):
        term = self.term.strip()
        exact = Q(email__iexact=term)
        for column in in_every_language("name"):
            exact |= Q(**{f"{column}__iexact": term})
        return (
            super()
            .get_queryset()
            .annotate(inexact=Case(When(exact, then=0), default=1))
            .order_by("inexact", "email")
        )


class JuryUserSelect(AutocompleteSelect):
    url_name = "%s:awards_jury_user_search"


class JuryUserField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return person(obj)


class JuryMemberForm(forms.ModelForm):
    """Recusal cannot be forgotten: staff choose the government a jury member works for, or
    tick that they work for none."""

    no_government = forms.BooleanField(
        label=_("no government"),
        required=False,
        help_text=_("Works for no member government."),
    )

    class Meta:
        model = JuryMember
        fields = ["user", "government", "no_government"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["no_government"].initial = self.instance.pk and not self.instance.government_id

    def clean(self):
        data = super().clean()
        chosen, none = data.get("government"), data.get("no_government")
        if chosen and none:
            self.add_error("no_government", _("Choose a government or “no government”, not both."))
        elif not chosen and not none and "government" not in self.errors:
            self.add_error(
                "government",
                _(
                    "Choose the government this jury member works for, or tick “no government”: "
                    "the jury member is recused from the applications of that government."
                ),
            )
        return data


class JuryMemberInline(admin.TabularInline):
    model = JuryMember
    form = JuryMemberForm
    extra = 0
    autocomplete_fields = ["government"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user", "government")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            kwargs["widget"] = JuryUserSelect(db_field, self.admin_site)
            kwargs["form_class"] = JuryUserField
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class AwardEditionAdminForm(forms.ModelForm):
    def announcing(self) -> bool:
        """Whether this save moves the edition to the announced phase."""
        return self.cleaned_data.get("phase") == Phase.ANNOUNCED and (
            self.instance.pk is None or "phase" in self.changed_data
        )

    def clean(self):
        data = super().clean()
        if self.instance.pk is not None and self.announcing():
            try:
                results.check_decided(self.instance)
            except ValidationError as error:
                self.add_error("phase", error)
        return data


@admin.register(AwardEdition)
class AwardEditionAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    form = AwardEditionAdminForm
    list_display = ["title", "year", "phase", "opens", "closes", "languages", "ranking_link"]
    list_filter = ["phase"]
    status_fields = ["title", "introduction"]
    fields = ["year", "title", "introduction", "phase", "opens", "closes", "ceremony"]
    autocomplete_fields = ["ceremony"]
    inlines = [CategoryInline, JuryMemberInline]
    readonly_fields = ["ranking_link"]

    @admin.display(description=_("jury's ranking"))
    def ranking_link(self, edition):
        if edition.pk is None:
            return ""
        url = reverse("admin:awards_awardedition_ranking", args=[edition.pk])
        return format_html('<a href="{}">{}</a>', url, _("Progress and ranking"))

    def save_model(self, request, edition, form, change):
        super().save_model(request, edition, form, change)
        if form.announcing():
            mailed = results.announce(edition)
            self.message_user(
                request,
                ngettext(
                    "The results are announced; %(count)d applicant was told theirs by mail.",
                    "The results are announced; %(count)d applicants were told theirs by mail.",
                    mailed,
                )
                % {"count": mailed},
                messages.SUCCESS,
            )

    def get_fields(self, request, obj=None):
        return [*self.fields, "ranking_link"] if obj else self.fields

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path(
                "jury-users/",
                view(JuryUserSearch.as_view(admin_site=self.admin_site)),
                name="awards_jury_user_search",
            ),
            path("<path:pk>/ranking/", view(self.ranking_view), name="awards_awardedition_ranking"),
            path(
                "<path:pk>/ranking.csv",
                view(self.ranking_csv_view),
                name="awards_awardedition_ranking_csv",
            ),
            *super().get_urls(),
        ]

    def edition_or_404(self, request, pk: str) -> AwardEdition:
        return admin_object_or_404(self, request, pk, request.user.has_perm("awards.view_ranking"))

    def ranking_view(self, request, pk):
        edition = self.edition_or_404(request, pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "edition": edition,
            "title": _("Progress and ranking: %(edition)s") % {"edition": edition},
            "progress": judging.progress(edition),
            "ranking": judging.ranking(edition),
        }
        return TemplateResponse(request, "admin/awards/awardedition/ranking.html", context)

    def ranking_csv_view(self, request, pk):
        edition = self.edition_or_404(request, pk)
        response, writer = csv_response(f"ranking-{edition.year}.csv")
        ranking = judging.ranking(edition)
        most = max((len(criteria) for _category, criteria, *_rows in ranking), default=0)
        # The applications nobody has fully scored follow their category's ranking, unranked.
        places = [
            Place(category, criteria, rank, ranked)
            for category, criteria, scored, unscored in ranking
            for rank, ranked in [*enumerate(scored, start=1), *((None, row) for row in unscored)]
        ]
        writer.write_table(ranking_columns(most), places)
        return response


class Place(NamedTuple):
    """An application's place in the ranking of its category."""

    category: AwardCategory
    criteria: list[Criterion]
    rank: int | None
    ranked: judging.Ranked

    def criterion(self, number: int) -> str | None:
        return self.criteria[number].name if number < len(self.criteria) else None

    def average(self, number: int) -> float | None:
        return self.ranked.averages[number] if number < len(self.criteria) else None


def ranking_columns(most: int) -> list[Column]:
    """The ranking's columns, then each criterion with its average, as many as the category
    with the most criteria has."""
    return [
        (_("category"), "category.name"),
        (_("rank"), "rank"),
        (_("application"), "ranked.application"),
        (_("member government"), "ranked.application.government.name"),
        (
            _("country or region"),
            lambda place: place.ranked.application.government.get_country_display(),
        ),
        (_("status"), lambda place: place.ranked.application.get_status_display()),
        (_("overall average"), "ranked.overall"),
        (_("jury members"), "ranked.jurors"),
        *[
            column
            for number in range(most)
            for column in (
                (_("criterion %d") % (number + 1), lambda place, n=number: place.criterion(n)),
                (_("average %d") % (number + 1), lambda place, n=number: place.average(n)),
            )
        ],
    ]


class CriterionInline(TranslationStackedInline):
    model = Criterion
    extra = 0


@admin.register(AwardCategory)
class AwardCategoryAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    list_display = ["name", "edition", "order", "languages"]
    list_filter = ["edition"]
    list_select_related = ["edition"]
    status_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name_en"]}
    inlines = [CriterionInline]


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 0
    fields = ["name", "link", "is_image", "size", "uploaded"]
    readonly_fields = fields

    @admin.display(description=_("file"))
    def link(self, attachment):
        # The file is private: the view checks the permission, and staff who may see
        # applications pass it.
        url = reverse("awards:attachment", args=[attachment.pk])
        return format_html('<a href="{}">{}</a>', url, attachment.name)

    def has_add_permission(self, request, obj=None):
        return False


class ApplicationAdminForm(forms.ModelForm):
    def clean(self):
        """The edition follows the category; the unique constraints on it are checked here,
        since the edition is not a field of the form."""
        data = super().clean()
        category, government = data.get("category"), data.get("government")
        if category and government:
            self.instance.edition = category.edition
            others = Application.objects.filter(edition=category.edition).exclude(
                pk=self.instance.pk
            )
            if others.filter(category=category, government=government).exists():
                raise forms.ValidationError(
                    _("This government has already applied in this category."), code="unique"
                )
            if others.filter(slug=data.get("slug") or f"{government.slug}-{category.slug}"):
                self.add_error("slug", _("Another application of this year has this slug."))
        return data


@admin.register(Application)
class ApplicationAdmin(TranslationStatusAdmin, TabbedTranslationAdmin):
    form = ApplicationAdminForm
    list_display = [
        "__str__",
        "government",
        "category",
        "status",
        "submitted",
        "language",
        "languages",
    ]
    list_editable = ["status"]
    list_filter = ["edition", "category", "status", "government__country"]
    list_select_related = ["government", "category__edition", "edition"]
    search_fields = [*(f"title_{code}" for code in ("en", "ko", "ja", "zh_hans")), "slug"]
    search_fields += ["government__name_en", "government__slug"]
    status_fields = TEXT_FIELDS
    autocomplete_fields = ["government", "official"]
    readonly_fields = ["created", "updated", "submitted"]
    inlines = [AttachmentInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "category",
                    "government",
                    "official",
                    "status",
                    "language",
                    "slug",
                    "created",
                    "updated",
                    "submitted",
                ]
            },
        ),
        # The parts of the officials' form, the language aside (it is in the first part).
        *(
            (legend, {"fields": [name for name in names if name != "language"]})
            for legend, names in ApplicationForm.SECTIONS
        ),
    ]
