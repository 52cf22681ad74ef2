package nl.leercultuur.web.catalogue;

/**
 * Where a page of results stands among all of them: page {@code page} of {@code pages} (counting from 1; an empty
 * result is page 1 of 1), showing results {@code first}–{@code last} of {@code total}.
 */
public record Paging(long total, int size, int page, int pages) {

    public static Paging of(long total, int size, int page) {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        long t = Math.max(0, total);
        int pages = (int) Math.max(1, (t + size - 1) / size);
        return new Paging(t, size, Math.max(1, page), pages);
    }

    /** Asked for a page after the last one (a stale link): the last page is what to show instead. */
    public boolean beyondLast() {
        return page > pages;
    }

    public boolean hasPrevious() {
        return page > 1 && page <= pages;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public int previous() {
        return Math.max(1, page - 1);
    }

    public int next() {
        return Math.min(pages, page + 1);
    }

    /** The number (from 1) of the first result on this page; 0 when there is none. */
    public long first() {
        return total == 0 || beyondLast() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return total == 0 || beyondLast() ? 0 : Math.min(total, (long) page * size);
    }

    /** More than one page: the pager is worth showing. */
    public boolean several() {
        return pages > 1;
    }
}
