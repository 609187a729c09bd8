/*
 * explore --plot: two log-log panels drawn with PLplot's cairo drivers
 * (pngcairo, svgcairo; docs/explain.md says why PLplot): cache bytes per
 * sequence against context, and the predicted time of a decode step
 * against context, one line per spec.  The file is drawn into a temporary
 * beside the target and renamed over it only when PLplot has finished, so
 * an error never leaves a partial file under the name asked for.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "driver.h"

#ifndef ATTNCC_HAVE_PLPLOT
int plot_write(const char *path, const plot_series *cache, const plot_series *times, int n, attncc_diags *d) {
  (void)cache, (void)times, (void)n;
  cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0,
          "this attncc was built without PLplot (install libplplot-dev and plplot-driver-cairo: "
          "scripts/deps.sh), so --plot is not available");
  return -1;
}
#else
#include <plplot.h>

static char tmp_path[4200]; /* the temporary PLplot writes, for the exit handler */

/* PLplot ends the process on an internal error: remove the temporary first. */
static int on_plexit(PLCHAR_VECTOR msg) {
  if (tmp_path[0]) unlink(tmp_path);
  fprintf(stderr, "attncc: error: PLplot: %s\n", msg ? msg : "failed");
  return 1;
}

static int has_device(const char *dev) {
  const char *menu_buf[128], *name_buf[128];
  const char **menu = menu_buf, **names = name_buf; /* PLplot fills the arrays they point to */
  int n = 128;
  plgDevs(&menu, &names, &n);
  for (int i = 0; i < n; i++)
    if (!strcmp(names[i], dev)) return 1;
  return 0;
}

/* The range of y over every series (positive values only, for log axes). */
static void range(const plot_series *s, int n, double *lo, double *hi, int x) {
  *lo = INFINITY, *hi = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < s[i].n; j++) {
      double v = x ? s[i].x[j] : s[i].y[j];
      if (v > 0 && v < *lo) *lo = v;
      if (v > *hi) *hi = v;
    }
  if (!(*hi > 0)) *lo = 1, *hi = 10;
  if (*hi <= *lo) *hi = *lo * 10;
}

static void panel(const plot_series *s, int n, const char *ylabel, const char *title) {
  double x0, x1, y0, y1;
  range(s, n, &x0, &x1, 1);
  range(s, n, &y0, &y1, 0);
  pladv(0);
  plvpor(0.1, 0.7, 0.15, 0.88);
  plwind(log10(x0), log10(x1), log10(y0) - 0.05, log10(y1) + 0.05);
  plcol0(15);
  plbox("bcgnlst", 0, 0, "bcgnlstv", 0, 0);
  pllab("context (tokens)", ylabel, title);
  const char *text[64];
  PLINT opts[64], colors[64], styles[64];
  PLFLT widths[64];
  int m = n < 64 ? n : 64;
  for (int i = 0; i < m; i++) {
    double lx[512], ly[512];
    int k = 0;
    for (int j = 0; j < s[i].n && k < 512; j++)
      if (s[i].x[j] > 0 && s[i].y[j] > 0) lx[k] = log10(s[i].x[j]), ly[k] = log10(s[i].y[j]), k++;
    colors[i] = 1 + i % 10;
    styles[i] = 1 + (i / 10) % 8;
    widths[i] = 2.0;
    opts[i] = PL_LEGEND_LINE;
    text[i] = s[i].label;
    plcol0(colors[i]);
    pllsty(styles[i]);
    plwidth(2.0);
    if (k > 1) plline(k, lx, ly);
  }
  pllsty(1);
  plwidth(1.0);
  PLFLT w, h;
  pllegend(&w, &h, PL_LEGEND_BACKGROUND | PL_LEGEND_BOUNDING_BOX, PL_POSITION_OUTSIDE | PL_POSITION_RIGHT, 0.02,
           0.0, 0.06, 0, 15, 1, m, 1, m, opts, 0.8, 0.7, 2.0, 0.0, colors, text, NULL, NULL, NULL, NULL, colors,
           styles, widths, NULL, NULL, NULL, NULL);
}

int plot_write(const char *path, const plot_series *cache, const plot_series *times, int n, attncc_diags *d) {
  const char *ext = strrchr(path, '.');
  const char *dev = ext && !strcasecmp(ext, ".png") ? "pngcairo" : ext && !strcasecmp(ext, ".svg") ? "svgcairo" : NULL;
  if (!dev) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "--plot writes .png or .svg files (by the name's extension)");
    return -1;
  }
  if (!has_device(dev)) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0,
            "PLplot has no '%s' driver here (install plplot-driver-cairo: scripts/deps.sh)", dev);
    return -1;
  }
  int r = snprintf(tmp_path, sizeof tmp_path, "%s.tmp.XXXXXX", path);
  int fd = r > 0 && (size_t)r < sizeof tmp_path ? mkstemp(tmp_path) : -1;
  if (fd < 0) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot write '%s': %s", path, strerror(errno));
    tmp_path[0] = 0;
    return -1;
  }
  fchmod(fd, 0644); /* a plot, not a secret (mkstemp makes 0600) */
  close(fd);
  plsexit(on_plexit);
  plsdev(dev);
  plsfnam(tmp_path);
  plsetopt("geometry", times ? "1000x900" : "1000x480");
  plscol0(0, 255, 255, 255); /* white background, black axes */
  plscol0(15, 0, 0, 0);
  /* lines in matplotlib's tab10 palette (distinct, readable on white) */
  static const int tab10[10][3] = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40},
                                   {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127},
                                   {188, 189, 34}, {23, 190, 207}};
  for (int i = 0; i < 10; i++) plscol0(1 + i, tab10[i][0], tab10[i][1], tab10[i][2]);
  plssub(1, times ? 2 : 1);
  plinit();
  panel(cache, n, "cache per sequence, whole model (GiB)", "KV cache vs context");
  if (times) panel(times, n, "predicted decode step (ms)", "predicted time per decode step (roofline)");
  plend();
  FILE *f = fopen(tmp_path, "rb");
  long size = -1;
  if (f && !fseek(f, 0, SEEK_END)) size = ftell(f);
  if (f) fclose(f);
  if (size <= 0 || rename(tmp_path, path)) {
    cc_diag(d, ATTNCC_ERROR, path, NULL, 0, 0, 0, "cannot write '%s': %s", path,
            size <= 0 ? "PLplot wrote nothing" : strerror(errno));
    unlink(tmp_path);
    tmp_path[0] = 0;
    return -1;
  }
  tmp_path[0] = 0;
  return 0;
}
#endif
