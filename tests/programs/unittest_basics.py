# unittest as scripts use it: TestCase with setUp/tearDown and class
# fixtures, the assertions, skips and expected failures, the loader's
# order (classes and methods by name), main() with exit=False, and a
# TextTestRunner on a stream of the script's own.
import io
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.s = Stack()

    def tearDown(self):
        print("tearDown", self._testMethodName)

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaises(IndexError, self.s.pop)
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_assertions(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIn("a", "abc")
        self.assertNotIn(4, [1, 2])
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex("hello world", r"wor")
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertNotEqual(1, 2)

    @unittest.skip("not today")
    def test_skipped(self):
        raise RuntimeError("never runs")

    @unittest.skipIf(True, "condition holds")
    def test_skipped_if(self):
        raise RuntimeError("never runs")

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 2)


class AlphaTests(unittest.TestCase):
    def test_messages(self):
        for call, args in [
            (self.assertEqual, (1, 2)),
            (self.assertEqual, (1.5, 2, "extra")),
            (self.assertTrue, (0,)),
            (self.assertIn, (5, [1, 2])),
            (self.assertIsNone, ("x",)),
            (self.assertGreater, (1, 2)),
            (self.assertAlmostEqual, (1.0, 1.5)),
        ]:
            try:
                call(*args)
            except AssertionError as e:
                print("AssertionError:", e)
        try:
            with self.assertRaises(ValueError):
                pass
        except AssertionError as e:
            print("AssertionError:", e)


class Failing(unittest.TestCase):
    def test_ok(self):
        pass

    def test_fails(self):
        self.assertEqual("a", "b")

    def test_errors(self):
        {}["missing"]


if __name__ == "__main__":
    loader = unittest.TestLoader()
    print(loader.getTestCaseNames(TestStack))
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(TestStack), loader.loadTestsFromTestCase(AlphaTests)])
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())
    stream = io.StringIO()
    failing = unittest.TextTestRunner(stream=stream).run(loader.loadTestsFromTestCase(Failing))
    print(failing.testsRun, len(failing.failures), len(failing.errors), failing.wasSuccessful())
    print([str(t) for t, _ in failing.failures], [str(t) for t, _ in failing.errors])
    print(stream.getvalue().splitlines()[0], stream.getvalue().splitlines()[-1])
    program = unittest.main(exit=False, verbosity=0)
    print(program.result.testsRun, program.result.wasSuccessful())
