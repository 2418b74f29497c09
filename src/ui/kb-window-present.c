/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "kb-window-private.h"

/* Presentation mode, for a projector at a citizen dialogue: the page's
 * charts one at a time, full screen, nothing else on it. Left and Right
 * (or Page Up and Page Down, as presenter clickers send) step, Escape or
 * F5 ends; the guessing game's first step shows its answer. A chart drawn
 * at the screen's size has the large type its design sizes give at
 * 1920 × 1080. */

void
kb_window_step_slide (KbWindow *self,
                      int       step)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  if (self->slides == NULL || self->slides->len == 0)
    return;
  self->slide = (guint)CLAMP ((int)self->slide + step, 0, (int)self->slides->len - 1);
  kb_chart_view_set_chart (self->presenter, g_ptr_array_index (self->slides, self->slide));
}

void
kb_window_start_presenting (KbWindow *self)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  g_clear_pointer (&self->slides, g_ptr_array_unref);
  self->slides = _kb_window_dup_page_charts (self);
  if (self->slides->len == 0)
    {
      _kb_window_show_toast (self, _("This page has no chart to present"));
      return;
    }
  self->slide = 0;
  kb_chart_view_set_chart (self->presenter, g_ptr_array_index (self->slides, 0));
  gtk_stack_set_visible_child_name (self->mode_stack, "present");
  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->presenter));
}

void
kb_window_stop_presenting (KbWindow *self)
{
  g_return_if_fail (KB_IS_WINDOW (self));

  if (!kb_window_is_presenting (self))
    return;
  gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_stack_set_visible_child_name (self->mode_stack, "normal");
  kb_chart_view_set_chart (self->presenter, NULL);
}

gboolean
kb_window_is_presenting (KbWindow *self)
{
  g_return_val_if_fail (KB_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->mode_stack), "present") == 0;
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KbWindow *self = KB_WINDOW (widget);

  if (kb_window_is_presenting (self))
    kb_window_stop_presenting (self);
  else
    kb_window_start_presenting (self);
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KbWindow              *self)
{
  KbChart *shown;

  if (!kb_window_is_presenting (self))
    return FALSE;

  shown = kb_chart_view_get_chart (KB_CHART_VIEW (self->presenter));
  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_Return:
      /* The guessing game's slide: the clicker's next shows the answer
       * first (on a projector, Space had only stepped on). */
      if (kb_chart_get_guess_year (shown) != 0 && !kb_chart_get_guess_revealed (shown))
        kb_chart_set_guess_revealed (shown, TRUE);
      else
        kb_window_step_slide (self, 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_BackSpace:
      kb_window_step_slide (self, -1);
      return TRUE;
    case GDK_KEY_Escape:
      kb_window_stop_presenting (self);
      return TRUE;
    default:
      return FALSE;
    }
}

void
_kb_window_class_init_present (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
}

void
_kb_window_init_present (KbWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  gtk_widget_set_focusable (GTK_WIDGET (self->presenter), TRUE);
}
