/* Twin of slices_stats.py: each window is copied out and sorted (qsort),
   summed from 0 in order, and scanned for its minimum and maximum. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define WINDOW 50

static int by_value(const void *pa, const void *pb) {
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 20000;
    double *xs = malloc(n * sizeof *xs);
    long long seed = 42;
    double x = 100.0;
    for (long i = 0; i < n; i++) {
        seed = seed * 16807 % 2147483647;
        x += (double)seed / 2147483647 - 0.5;
        xs[i] = x;
    }
    long rises = 0, breakouts = 0;
    for (long i = 0; i + 1 < n; i++)
        if (xs[i + 1] - xs[i] > 0) rises++;
    double total_mean = 0.0, total_median = 0.0, total_range = 0.0;
    double window[WINDOW], ordered[WINDOW];
    for (long i = 0; i < n - WINDOW; i++) {
        memcpy(window, xs + i, sizeof window);
        memcpy(ordered, window, sizeof ordered);
        qsort(ordered, WINDOW, sizeof(double), by_value);
        double sum = 0.0, low = window[0], high = window[0];
        for (int k = 0; k < WINDOW; k++) {
            sum += window[k];
            if (window[k] < low) low = window[k];
            if (window[k] > high) high = window[k];
        }
        total_mean += sum / WINDOW;
        total_median += ordered[WINDOW / 2];
        total_range += high - low;
        if (xs[i + WINDOW] > high) breakouts++;
    }
    printf("%ld %ld\n%.9f %.9f %.9f\n", rises, breakouts, total_mean, total_median, total_range);
    free(xs);
    return 0;
}
