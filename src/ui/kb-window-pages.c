/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "chart/kb-chart-text.h"
#include "kb-key-figures.h"
#include "kb-window-private.h"

/* The least height of Åtgärder's two charts: their bars and labels readable. */
#define PLAN_CHARTS_MIN_HEIGHT 400

/* The window's pages: what each shows, built the first time it is shown;
 * where the data for a page is not loaded, it says which file to open. */

/* One page: up to two charts, and what its empty state says. */
typedef struct
{
  const char *id;
  const char *title;
  const char *icon;
  const char *chart_ids[2];
  const char *empty_title;
  const char *empty_text;
  GtkStack   *stack; /* "charts" or "empty" */
  GtkWidget  *holder; /* the "charts" child, filled when first shown */
  gboolean    built;
} KbPage;

static KbPage page_templates[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", { "sector", "target" } },
  { "emissions", N_("Emissions"), "kb-emissions-symbolic", { "emissions", NULL } },
  /* Translators: the page of the target path, "Mål" */
  { "goal", N_("Target"), "kb-target-symbolic", { "goal", NULL } },
  { "measures", N_("Measures"), "emblem-ok-symbolic", { "measures", "sector-measures" } },
  { "sectors", N_("Sectors"), "view-list-symbolic", { "ranking", "change" },
    N_("Only the Total"),
    N_("The data has this municipality's total emissions but not its sectors. Open the national emissions database's export for them.") },
  /* The fleet for every municipality; beside it the cycle network, or a
   * travel survey where one is open. */
  { "travel", N_("Travel"), "mark-location-symbolic", { "cars", "cycle-network" } },
  { "energy", N_("Energy"), "weather-clear-symbolic", { "energy", NULL },
    N_("No Energy Statistics"),
    N_("Open SCB's table of final energy use (EN0203, a PxWeb export) for this municipality.") },
  { "compare", N_("Compare"), "view-sort-descending-symbolic", { "compare", NULL },
    N_("Nothing to Compare"),
    N_("Open an emissions file with several municipalities, such as the national emissions database's export.") },
  /* Translators: the guessing game's page, "Gissa kurvan" */
  { "guess", N_("Guess"), "document-edit-symbolic", { "guess", NULL } },
};

/* A page's second place, where several charts take turns: the plan's
 * (beside the waterfall) and the ways people travel (beside the cars). The
 * first of each group is the one the page's template names. */
typedef struct
{
  const char *id;
  const char *title;
  const char *empty_text;  /* where its data is not loaded, said instead */
} KbView;

static const KbView plan_views[] = {
  /* Translators: the plan's chart of each sector against its share of the target */
  { "sector-measures", N_("Sectors") },
  /* Translators: the plan's marginal abatement cost curve */
  { "cost-curve", N_("Cost per Tonne") },
  { "investment", N_("Investments") },
  /* Translators: who can make the plan's measures happen */
  { "actors", N_("Actors") },
  { NULL },
};

static const KbView travel_views[] = {
  /* Translators: the cycle network by road owner */
  { "cycle-network", N_("Cycle Network") },
  /* Translators: the travel survey's shares of trips by mode */
  { "modes", N_("Travel Survey"),
    N_("Travel surveys are rarely published as data: of all municipalities Klimatbild has only Linköping’s cycling share. "
       "Open a travel-survey table: a CSV file with the columns kommun, år, färdsätt and andel (the share of trips in %) "
       "or resor (the number of trips).") },
  { NULL },
};

/* The group of views @id is the first of, or belongs to; NULL for none. */
static const KbView *
views_of (const char *id)
{
  const KbView *groups[] = { plan_views, travel_views };

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (const KbView *v = groups[g]; v->id != NULL; v++)
      if (g_strcmp0 (v->id, id) == 0)
        return groups[g];
  return NULL;
}

static gboolean
chart_has_data (KbChart *chart)
{
  g_autoptr(GPtrArray) regions = NULL;

  if (kb_chart_get_total (chart) == NULL)
    return FALSE;
  if (kb_chart_get_kind (chart) == KB_CHART_KIND_CAR_FUELS || kb_chart_get_kind (chart) == KB_CHART_KIND_CYCLE_NETWORK)
    return TRUE;
  /* The plan's economics need a plan, and but for its spending a target. */
  if (kb_chart_kind_is_plan_economics (kb_chart_get_kind (chart)))
    return kb_chart_has_plan (chart) &&
           (kb_chart_get_kind (chart) == KB_CHART_KIND_INVESTMENT || kb_chart_get_gap (chart) != NULL);
  if (kb_chart_get_kind (chart) == KB_CHART_KIND_SECTOR_RANKING ||
      kb_chart_get_kind (chart) == KB_CHART_KIND_SECTOR_CHANGE)
    return kb_chart_get_sectors (chart)->len > 0;
  if (kb_chart_get_kind (chart) != KB_CHART_KIND_COMPARE)
    return TRUE;
  regions = kb_chart_get_compare_regions (chart);
  return regions->len > 1;
}

void
_kb_window_update_empty_states (KbWindow *self)
{
  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    {
      KbPage *page = g_ptr_array_index (self->pages, i);
      KbChart *chart = _kb_window_get_chart (self, page->chart_ids[0]);

      if (page->empty_title != NULL)
        gtk_stack_set_visible_child_name (page->stack, chart_has_data (chart) ? "charts" : "empty");
    }
}

static void
update_words (GtkWidget *words)
{
  KbChart *chart = g_object_get_data (G_OBJECT (words), "kb-chart");
  GtkWidget *view = g_object_get_data (G_OBJECT (words), "kb-view");
  g_autofree char *text = kb_chart_get_dataset (chart) ? kb_chart_dup_description (chart) : NULL;

  gtk_label_set_label (GTK_LABEL (words), text);
  /* All of them where the card shows only its first lines. */
  gtk_widget_set_tooltip_text (words, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  text ? text : "", -1);
}

static gboolean
is_mobility_card (const char *id)
{
  return g_str_equal (id, "cars") || g_str_equal (id, "cycle-network");
}

static GtkWidget *
chart_card (KbWindow   *self,
            const char *id)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *view = kb_chart_view_new (_kb_window_get_chart (self, id));
  GtkWidget *button = gtk_menu_button_new ();
  g_autoptr(GMenuItem) export_image = g_menu_item_new (_("_Export Image…"), NULL);
  g_autoptr(GMenuItem) export_data = g_menu_item_new (_("Export the _Numbers (CSV or Excel)…"), NULL);
  g_autoptr(GMenuItem) copy = g_menu_item_new (_("_Copy Image"), NULL);
  g_autoptr(GMenuItem) table = g_menu_item_new (_("Show the Numbers as a _Table"), NULL);
  g_autoptr(GMenu) notes = g_menu_new ();

  g_menu_item_set_action_and_target (export_image, "win.export-chart", "s", id);
  g_menu_item_set_action_and_target (export_data, "win.export-data", "s", id);
  g_menu_item_set_action_and_target (copy, "win.copy-chart", "s", id);
  g_menu_item_set_action_and_target (table, "win.show-table", "s", id);
  g_menu_append_item (menu, export_image);
  g_menu_append_item (menu, export_data);
  g_menu_append_item (menu, copy);
  g_menu_append_item (menu, table);
  g_menu_append (notes, _("Add a _Note on the Time Axis…"), "win.add-note");
  g_menu_append (notes, _("_Remove the Notes"), "win.clear-notes");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (notes));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "document-save-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("Export or Copy the Chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export or Copy the Chart"), -1);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_margin_top (button, 12);
  gtk_widget_set_margin_end (button, 12);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");

  if (g_str_equal (id, "sector") || g_str_equal (id, "emissions"))
    g_signal_connect_object (view, "sector-clicked", G_CALLBACK (_kb_window_filter_sector), self, G_CONNECT_SWAPPED);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), view);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), button);
  g_hash_table_insert (self->views, (gpointer)id, view);

  /* The key figures in words under the chart, and for screen readers. */
  {
    GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    GtkWidget *words = gtk_label_new (NULL);
    KbChart *chart = _kb_window_get_chart (self, id);

    gtk_label_set_wrap (GTK_LABEL (words), TRUE);
    gtk_label_set_xalign (GTK_LABEL (words), 0);
    gtk_widget_add_css_class (words, "chart-words");
    gtk_widget_set_margin_start (words, 6);
    /* Two lines' room for every chart, so cards side by side stay even;
     * three for the fleet and the cycle network (the county, Sweden,
     * the change since an earlier edition, per inhabitant). */
    gtk_label_set_lines (GTK_LABEL (words), is_mobility_card (id) ? 3 : 2);
    gtk_label_set_ellipsize (GTK_LABEL (words), PANGO_ELLIPSIZE_END);
    gtk_widget_set_size_request (words, -1, is_mobility_card (id) ? 72 : 50);
    /* The label listens to the chart for as long as the label lives. */
    g_object_set_data (G_OBJECT (words), "kb-chart", chart);
    g_object_set_data (G_OBJECT (words), "kb-view", view);
    g_signal_connect_object (chart, "changed", G_CALLBACK (update_words), words, G_CONNECT_SWAPPED);
    update_words (words);
    gtk_box_append (GTK_BOX (card), overlay);
    gtk_box_append (GTK_BOX (card), words);
    gtk_widget_set_vexpand (overlay, TRUE);
    return card;
  }
}

static void
update_targets_bar (GtkWidget *bar)
{
  KbChart *chart = g_object_get_data (G_OBJECT (bar), "kb-chart");

  gtk_widget_set_visible (bar, kb_chart_has_national_target (chart));
}

static GtkWidget *
build_targets_bar (KbWindow *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (_("Sweden’s target is shown: Klimatbild has no targets of this municipality’s own."));
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Set the Municipality’s _Targets…"));
  KbChart *chart = _kb_window_get_chart (self, "goal");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.edit-targets");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_set_halign (bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bar), label);
  gtk_box_append (GTK_BOX (bar), button);
  g_object_set_data (G_OBJECT (bar), "kb-chart", chart);
  g_signal_connect_object (chart, "changed", G_CALLBACK (update_targets_bar), bar, G_CONNECT_SWAPPED);
  update_targets_bar (bar);
  return bar;
}

/* @bar (choices, a word) over @charts, in one column. */
static GtkWidget *
with_bar_above (GtkWidget *bar,
                GtkWidget *charts)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_margin_top (bar, 12);
  gtk_box_append (GTK_BOX (column), bar);
  gtk_box_append (GTK_BOX (column), charts);
  return column;
}

static void
update_view_or_empty (GtkStack *stack)
{
  KbChart *chart = g_object_get_data (G_OBJECT (stack), "kb-chart");
  const char *name = chart_has_data (chart) ? "chart" : "empty";

  /* A stack being taken down has its children no more. */
  if (gtk_stack_get_child_by_name (stack, name) != NULL)
    gtk_stack_set_visible_child_name (stack, name);
}

/* A view's chart card, or what to open where its data is not loaded. */
static GtkWidget *
view_card (KbWindow     *self,
           const KbView *view)
{
  GtkWidget *stack, *status, *open;
  KbChart *chart = _kb_window_get_chart (self, view->id);

  if (view->empty_text == NULL)
    return chart_card (self, view->id);
  stack = gtk_stack_new ();
  status = adw_status_page_new ();
  open = gtk_button_new_with_mnemonic (_("_Open Data Files…"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), _(view->empty_text));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.open");
  gtk_widget_set_halign (open, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (open, "pill");
  adw_status_page_set_child (ADW_STATUS_PAGE (status), open);
  gtk_stack_add_named (GTK_STACK (stack), chart_card (self, view->id), "chart");
  gtk_stack_add_named (GTK_STACK (stack), status, "empty");
  g_object_set_data (G_OBJECT (stack), "kb-chart", chart);
  g_signal_connect_object (chart, "changed", G_CALLBACK (update_view_or_empty), stack, G_CONNECT_SWAPPED);
  update_view_or_empty (GTK_STACK (stack));
  return stack;
}

/* A group's charts, one at a time, with a switcher above them. */
static GtkWidget *
views_card (KbWindow     *self,
            const KbView *views)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *switcher = gtk_stack_switcher_new ();

  for (const KbView *v = views; v->id != NULL; v++)
    gtk_stack_add_titled (GTK_STACK (stack), view_card (self, v), v->id, _(v->title));
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), GTK_STACK (stack));
  gtk_widget_set_halign (switcher, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_box_append (GTK_BOX (column), switcher);
  gtk_box_append (GTK_BOX (column), stack);
  if (views == plan_views)
    self->plan_stack = GTK_STACK (stack);
  else
    self->travel_stack = GTK_STACK (stack);
  return column;
}

/* What a page shows, built the first time it is shown (or a view of it is
 * asked for): a window starts with Översikt alone to draw. */
static void
build_page (KbWindow *self,
            KbPage   *page)
{
  GtkWidget *charts;

  if (page->built)
    return;
  page->built = TRUE;
  charts = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_set_homogeneous (GTK_BOX (charts), TRUE);
  gtk_widget_set_margin_start (charts, 12);
  gtk_widget_set_margin_end (charts, 12);
  gtk_widget_set_margin_top (charts, 12);
  gtk_widget_set_margin_bottom (charts, 12);
  for (guint i = 0; !g_str_equal (page->id, "guess") &&
                   i < G_N_ELEMENTS (page->chart_ids) && page->chart_ids[i] != NULL; i++)
    gtk_box_append (GTK_BOX (charts), views_of (page->chart_ids[i]) ? views_card (self, views_of (page->chart_ids[i]))
                                                                    : chart_card (self, page->chart_ids[i]));
  gtk_widget_set_vexpand (charts, TRUE);
  if (g_str_equal (page->id, "overview"))
    {
      /* The large numbers above the charts, each opening its page. */
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *figures = kb_key_figures_new (_kb_window_get_chart (self, "target"),
                                               _kb_window_get_chart (self, "modes"));

      gtk_widget_set_margin_start (figures, 24);
      gtk_widget_set_margin_end (figures, 24);
      gtk_widget_set_margin_top (figures, 12);
      self->key_figures = figures;
      gtk_box_append (GTK_BOX (column), figures);
      gtk_box_append (GTK_BOX (column), charts);
      charts = column;
    }
  else if (g_str_equal (page->id, "guess"))
    {
      g_object_unref (g_object_ref_sink (charts));
      charts = _kb_window_build_guess_page (self);
    }
  else if (g_str_equal (page->id, "emissions"))
    /* How the sectors are drawn, above the chart. */
    charts = with_bar_above (_kb_window_build_emissions_views (self), charts);
  else if (g_str_equal (page->id, "goal"))
    /* Where Sweden's target stands in, a way to the municipality's own. */
    charts = with_bar_above (build_targets_bar (self), charts);
  else if (g_str_equal (page->id, "compare"))
    /* Whom and what, above the chart. */
    charts = with_bar_above (_kb_window_build_compare_views (self), charts);
  else if (g_str_equal (page->id, "measures"))
    {
      /* The plan's table and the what-if control under its charts; the
       * charts can be put away to give the table the page. */
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *scrolled = gtk_scrolled_window_new ();

      self->plan_charts = charts;
      gtk_box_append (GTK_BOX (column), charts);
      gtk_box_append (GTK_BOX (column), _kb_window_build_measures_panel (self));
      /* On a laptop's 720 pixels the page scrolls rather than squash its
       * charts to a strip of labels over each other. */
      gtk_widget_set_size_request (charts, -1, PLAN_CHARTS_MIN_HEIGHT);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), column);
      charts = scrolled;
    }
  gtk_widget_set_vexpand (charts, TRUE);
  gtk_box_append (GTK_BOX (page->holder), charts);
}

static KbPage *
find_page (KbWindow   *self,
           const char *id)
{
  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    {
      KbPage *page = g_ptr_array_index (self->pages, i);

      if (g_strcmp0 (page->id, id) == 0)
        return page;
    }
  return NULL;
}

/* Builds the page @id if it has not been shown yet. */
void
_kb_window_ensure_page (KbWindow   *self,
                        const char *id)
{
  KbPage *page;

  g_return_if_fail (KB_IS_WINDOW (self));
  page = find_page (self, id);
  if (page != NULL)
    build_page (self, page);
}

static void
add_page (KbWindow *self,
          KbPage   *page)
{
  GtkWidget *stack = gtk_stack_new ();
  AdwViewStackPage *stack_page;

  page->holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_vexpand (page->holder, TRUE);
  gtk_stack_add_named (GTK_STACK (stack), page->holder, "charts");

  if (page->empty_title != NULL)
    {
      GtkWidget *status = adw_status_page_new ();
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open Data Files…"));

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), page->icon);
      adw_status_page_set_title (ADW_STATUS_PAGE (status), _(page->empty_title));
      adw_status_page_set_description (ADW_STATUS_PAGE (status), _(page->empty_text));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "win.open");
      gtk_widget_set_halign (open, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (open, "pill");
      gtk_widget_add_css_class (open, "suggested-action");
      adw_status_page_set_child (ADW_STATUS_PAGE (status), open);
      gtk_stack_add_named (GTK_STACK (stack), status, "empty");
    }

  page->stack = GTK_STACK (stack);
  stack_page = adw_view_stack_add_titled (self->view_stack, stack, page->id, _(page->title));
  adw_view_stack_page_set_icon_name (stack_page, page->icon);
  g_ptr_array_add (self->pages, page);
}


void
_kb_window_init_pages (KbWindow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (page_templates); i++)
    add_page (self, g_memdup2 (&page_templates[i], sizeof page_templates[i]));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  adw_view_stack_set_visible_child_name (KB_WINDOW (widget)->view_stack, g_variant_get_string (parameter, NULL));
}

void
_kb_window_class_init_pages (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  /* Alt+1 … Alt+9: the pages in the switcher's order. */
  for (guint i = 0; i < G_N_ELEMENTS (page_templates) && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-page", "s", page_templates[i].id);
}

/* The page shown, or NULL. */
static KbPage *
visible_page (KbWindow *self)
{
  const char *visible = adw_view_stack_get_visible_child_name (self->view_stack);

  for (guint i = 0; i < self->pages->len; i++)
    if (g_strcmp0 (((KbPage *)g_ptr_array_index (self->pages, i))->id, visible) == 0)
      return g_ptr_array_index (self->pages, i);
  return NULL;
}

/* The charts of the page shown that have data to show. */
GPtrArray *
_kb_window_dup_page_charts (KbWindow *self)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);
  KbPage *page = visible_page (self);

  for (guint c = 0; page != NULL && c < G_N_ELEMENTS (page->chart_ids) && page->chart_ids[c] != NULL; c++)
    {
      KbChart *chart = _kb_window_get_chart (self, page->chart_ids[c]);

      if (chart_has_data (chart))
        g_ptr_array_add (charts, g_object_ref (chart));
      /* Where charts take turns, all of them, in turn. */
      for (const KbView *v = views_of (page->chart_ids[c]); v != NULL && v->id != NULL; v++)
        {
          KbChart *other = _kb_window_get_chart (self, v->id);

          if (v != views_of (page->chart_ids[c]) && chart_has_data (other))
            g_ptr_array_add (charts, g_object_ref (other));
        }
    }
  return charts;
}

/* Whether a chart of the page shown shows a sector alone (follows the
 * state's sector-filter, one being set). */
gboolean
_kb_window_page_shows_sector_alone (KbWindow *self)
{
  KbPage *page = visible_page (self);

  for (guint c = 0; page != NULL && c < G_N_ELEMENTS (page->chart_ids) && page->chart_ids[c] != NULL; c++)
    if (kb_chart_get_sector_filter (_kb_window_get_chart (self, page->chart_ids[c])) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a chart of the page shown follows the years chosen (Mål, the
 * plan, Jämför and the game show every year they need). */
gboolean
_kb_window_page_follows_years (KbWindow *self)
{
  KbPage *page = visible_page (self);

  for (guint c = 0; page != NULL && c < G_N_ELEMENTS (page->chart_ids) && page->chart_ids[c] != NULL; c++)
    if (kb_window_state_follows_years (self->state, _kb_window_get_chart (self, page->chart_ids[c])))
      return TRUE;
  return FALSE;
}

/* The view of chart @id ("sector", "target", "emissions", "goal",
 * "ranking", "change", "compare", "energy", "modes"). */
GtkWidget *
kb_window_get_view (KbWindow   *self,
                    const char *id)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), NULL);

  for (guint i = 0; i < self->pages->len && g_hash_table_lookup (self->views, id) == NULL; i++)
    {
      KbPage *page = g_ptr_array_index (self->pages, i);

      for (guint c = 0; c < G_N_ELEMENTS (page->chart_ids) && page->chart_ids[c] != NULL; c++)
        if (g_str_equal (page->chart_ids[c], id) ||
            (views_of (page->chart_ids[c]) != NULL && views_of (page->chart_ids[c]) == views_of (id)))
          build_page (self, page);
    }
  return g_hash_table_lookup (self->views, id);
}
