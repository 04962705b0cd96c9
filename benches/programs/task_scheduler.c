/* Twin of task_scheduler.py: task control blocks are structs whose fn is
   a function pointer (the subclass's override), packets are malloc'd and
   linked, each task's record is its own struct behind a void pointer. */
#include <stdio.h>
#include <stdlib.h>

#define BUFSIZE 4
enum { I_IDLE = 1, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB };
enum { K_DEV = 1000, K_WORK = 1001 };

struct packet { struct packet *link; long ident, kind, datum; long data[BUFSIZE]; };

struct device_rec { struct packet *pending; };
struct idle_rec { long control, count; };
struct handler_rec { struct packet *work_in, *device_in; };
struct worker_rec { long destination, count; };

struct area;
struct task;
typedef struct task *(*task_fn)(struct task *, struct packet *, void *);

struct task {
    struct area *area;
    struct task *link;
    long ident, priority;
    struct packet *input;
    int packet_pending, task_waiting, task_holding;
    void *handle;
    task_fn fn;
};

struct area { struct task *task_tab[10]; struct task *task_list; long hold_count, qpkt_count; };
struct state { int packet_pending, task_waiting, task_holding; };

static const struct state RUNNING = {0, 0, 0}, WAITING = {0, 1, 0}, WAITING_WITH_PACKET = {1, 1, 0};

static struct packet *new_packet(struct packet *link, long ident, long kind) {
    struct packet *p = malloc(sizeof *p);
    p->link = link; p->ident = ident; p->kind = kind; p->datum = 0;
    for (int i = 0; i < BUFSIZE; i++) p->data[i] = 0;
    return p;
}

static struct packet *append_to(struct packet *self, struct packet *lst) {
    self->link = NULL;
    if (!lst) return self;
    struct packet *p = lst, *next = p->link;
    while (next) { p = next; next = p->link; }
    p->link = self;
    return lst;
}

static struct task *new_task(struct area *area, long ident, long priority, struct packet *input,
                             struct state st, void *handle, task_fn fn) {
    struct task *t = malloc(sizeof *t);
    t->area = area; t->link = area->task_list; t->ident = ident; t->priority = priority;
    t->input = input; t->packet_pending = st.packet_pending; t->task_waiting = st.task_waiting;
    t->task_holding = st.task_holding; t->handle = handle; t->fn = fn;
    area->task_list = t;
    area->task_tab[ident] = t;
    return t;
}

static int is_task_holding_or_waiting(struct task *t) {
    return t->task_holding || (!t->packet_pending && t->task_waiting);
}
static int is_waiting_with_packet(struct task *t) {
    return t->packet_pending && t->task_waiting && !t->task_holding;
}

static struct task *add_packet(struct task *self, struct packet *p, struct task *old) {
    if (!self->input) {
        self->input = p;
        self->packet_pending = 1;
        if (self->priority > old->priority) return self;
    } else {
        append_to(p, self->input);
    }
    return old;
}

static struct task *run_task(struct task *self) {
    struct packet *msg = NULL;
    if (is_waiting_with_packet(self)) {
        msg = self->input;
        self->input = msg->link;
        if (!self->input) { self->packet_pending = 0; self->task_waiting = 0; self->task_holding = 0; }
        else { self->packet_pending = 1; self->task_waiting = 0; self->task_holding = 0; }
    }
    return self->fn(self, msg, self->handle);
}

static struct task *wait_task(struct task *self) { self->task_waiting = 1; return self; }
static struct task *hold(struct task *self) {
    self->area->hold_count++;
    self->task_holding = 1;
    return self->link;
}
static struct task *find_tcb(struct task *self, long ident) {
    struct task *t = self->area->task_tab[ident];
    if (!t) { fprintf(stderr, "bad task id %ld\n", ident); exit(1); }
    return t;
}
static struct task *release(struct task *self, long ident) {
    struct task *t = find_tcb(self, ident);
    t->task_holding = 0;
    return t->priority > self->priority ? t : self;
}
static struct task *qpkt(struct task *self, struct packet *pkt) {
    struct task *t = find_tcb(self, pkt->ident);
    self->area->qpkt_count++;
    pkt->link = NULL;
    pkt->ident = self->ident;
    return add_packet(t, pkt, self);
}

static struct task *device_fn(struct task *self, struct packet *pkt, void *r) {
    struct device_rec *rec = r;
    if (!pkt) {
        pkt = rec->pending;
        if (!pkt) return wait_task(self);
        rec->pending = NULL;
        return qpkt(self, pkt);
    }
    rec->pending = pkt;
    return hold(self);
}

static struct task *handler_fn(struct task *self, struct packet *pkt, void *r) {
    struct handler_rec *rec = r;
    if (pkt) {
        if (pkt->kind == K_WORK) rec->work_in = append_to(pkt, rec->work_in);
        else rec->device_in = append_to(pkt, rec->device_in);
    }
    struct packet *work = rec->work_in;
    if (!work) return wait_task(self);
    long count = work->datum;
    if (count >= BUFSIZE) {
        rec->work_in = work->link;
        return qpkt(self, work);
    }
    struct packet *dev = rec->device_in;
    if (!dev) return wait_task(self);
    rec->device_in = dev->link;
    dev->datum = work->data[count];
    work->datum = count + 1;
    return qpkt(self, dev);
}

static struct task *idle_fn(struct task *self, struct packet *pkt, void *r) {
    (void)pkt;
    struct idle_rec *rec = r;
    rec->count--;
    if (rec->count == 0) return hold(self);
    if ((rec->control & 1) == 0) {
        rec->control >>= 1;
        return release(self, I_DEVA);
    }
    rec->control = (rec->control >> 1) ^ 0xD008;
    return release(self, I_DEVB);
}

static struct task *work_fn(struct task *self, struct packet *pkt, void *r) {
    struct worker_rec *rec = r;
    if (!pkt) return wait_task(self);
    long dest = rec->destination == I_HANDLERA ? I_HANDLERB : I_HANDLERA;
    rec->destination = dest;
    pkt->ident = dest;
    pkt->datum = 0;
    for (int i = 0; i < BUFSIZE; i++) {
        rec->count++;
        if (rec->count > 26) rec->count = 1;
        pkt->data[i] = 'A' + rec->count - 1;
    }
    return qpkt(self, pkt);
}

int main(int argc, char **argv) {
    long count = argc > 1 ? atol(argv[1]) : 10000;
    struct area area = {{0}, NULL, 0, 0};
    struct idle_rec idle = {1, count};
    new_task(&area, I_IDLE, 1, NULL, RUNNING, &idle, idle_fn);

    struct packet *wkq = new_packet(NULL, 0, K_WORK);
    wkq = new_packet(wkq, 0, K_WORK);
    struct worker_rec worker = {I_HANDLERA, 0};
    new_task(&area, I_WORK, 1000, wkq, WAITING_WITH_PACKET, &worker, work_fn);

    wkq = new_packet(NULL, I_DEVA, K_DEV);
    wkq = new_packet(wkq, I_DEVA, K_DEV);
    wkq = new_packet(wkq, I_DEVA, K_DEV);
    struct handler_rec handler_a = {NULL, NULL};
    new_task(&area, I_HANDLERA, 2000, wkq, WAITING_WITH_PACKET, &handler_a, handler_fn);

    wkq = new_packet(NULL, I_DEVB, K_DEV);
    wkq = new_packet(wkq, I_DEVB, K_DEV);
    wkq = new_packet(wkq, I_DEVB, K_DEV);
    struct handler_rec handler_b = {NULL, NULL};
    new_task(&area, I_HANDLERB, 3000, wkq, WAITING_WITH_PACKET, &handler_b, handler_fn);

    struct device_rec dev_a = {NULL}, dev_b = {NULL};
    new_task(&area, I_DEVA, 4000, NULL, WAITING, &dev_a, device_fn);
    new_task(&area, I_DEVB, 5000, NULL, WAITING, &dev_b, device_fn);

    struct task *t = area.task_list;
    while (t) {
        if (is_task_holding_or_waiting(t)) t = t->link;
        else t = run_task(t);
    }
    printf("%ld packets queued, %ld holds\n", area.qpkt_count, area.hold_count);
    return 0;
}
