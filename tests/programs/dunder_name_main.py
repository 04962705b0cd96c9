def main():
    print("running", __name__)
    return 0
if __name__ == "__main__":
    main()
