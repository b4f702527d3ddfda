/* An extension that declares it can run without the GIL (Py_mod_gil = Py_MOD_GIL_NOT_USED) and
 * counts in a C static with no lock and no atomic: a data race whenever two threads call bump() at
 * once without the GIL. Its test passes anyway (the count only has to grow), as such races
 * usually do: only ThreadSanitizer (the freethreaded-tsan mode) reports it, at the line below. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* volatile only keeps an optimising compiler from folding the loop below into one addition, so that
 * the threads' calls overlap as they would with real work in the loop; it synchronises nothing. */
static volatile long tally = 0;

static PyObject *bump(PyObject *self, PyObject *arg) {
    long times = PyLong_AsLong(arg);
    if (times == -1 && PyErr_Occurred()) return NULL;
    /* the race: an unsynchronised read-modify-write of a shared static, on one line so that an
     * optimised build reports it here too */
    for (long i = 0; i < times; i++) tally = tally + 1;
    return PyLong_FromLong(times);
}

static PyObject *value(PyObject *self, PyObject *unused) { return PyLong_FromLong(tally); }

static PyMethodDef methods[] = {
    {"bump", bump, METH_O, "Add 1 to the tally this many times (not thread-safe without the GIL)."},
    {"value", value, METH_NOARGS, "The tally."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
#ifdef Py_mod_gil
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_tally", NULL, 0, methods, slots};

PyMODINIT_FUNC PyInit__tally(void) { return PyModuleDef_Init(&module); }
